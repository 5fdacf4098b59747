// What the generator planted, in the labels a reader produces, so tests can score an audit's precision and recall.
import { normalizeLabel } from '../../src/log/normalize-label.js';
import { RATES, stepLabel, STEPS } from './permit-process.js';
/** Accumulates the truth case by case (so a multi-million-event log can be streamed). */
export class TruthRecorder {
    language;
    seed;
    #labels;
    #cases = 0;
    #events = 0;
    #sameStep = [];
    #samePerson = [];
    #sod = [];
    #rework = [];
    #rounds = 0;
    #fireReached = 0;
    #fireSkipped = 0;
    #rejected = [];
    #badRows = [];
    constructor(language, seed) {
        this.language = language;
        this.seed = seed;
        const labels = {};
        for (const key of Object.keys(STEPS))
            labels[key] = normalizeLabel(stepLabel(key, language));
        this.#labels = labels;
    }
    /** Records one simulated case. */
    add(caseId, simulated) {
        const label = this.#labels;
        this.#cases++;
        this.#events += simulated.events.length;
        if (simulated.archiveDuplicate)
            this.#sameStep.push(caseId);
        if (simulated.samePerson) {
            const [a, b] = simulated.samePerson.steps;
            this.#samePerson.push({ caseId, steps: [label[a], label[b]], resource: simulated.samePerson.resource });
        }
        if (simulated.sod)
            this.#sod.push({ caseId, step: label[simulated.sod.step], resource: simulated.sod.resource });
        if (simulated.returns > 0) {
            this.#rework.push(caseId);
            this.#rounds += simulated.returns;
        }
        if (simulated.reachedFire)
            this.#fireReached++;
        if (simulated.skippedFire)
            this.#fireSkipped++;
        if (simulated.rejectedAt)
            this.#rejected.push({ caseId, step: label[simulated.rejectedAt] });
    }
    /** Records a bad row written at `index` of the rows. */
    addBadRow(index, kind) {
        this.#badRows.push({ index, kind });
    }
    /** The truth so far. */
    truth() {
        const label = this.#labels;
        const samePersonIds = new Set(this.#samePerson.map((entry) => entry.caseId));
        const duplicateCases = [...new Set([...this.#sameStep, ...samePersonIds])];
        const order = (id) => Number(id.replace(/\D/g, '').slice(-6));
        duplicateCases.sort((a, b) => order(a) - order(b));
        return {
            language: this.language,
            seed: this.seed,
            cases: this.#cases,
            events: this.#events,
            labels: { ...label },
            signingSteps: Object.keys(STEPS).filter((key) => STEPS[key].signs).map((key) => label[key]),
            rubberStamps: [label.secretariat, label.archive, label.fireOpinion],
            impliedPairs: [{ step: label.committee, impliedBy: label.technicalReview }],
            duplicateSignature: { steps: [label.archive], sameStepCases: [...this.#sameStep], samePersonCases: [...this.#samePerson], cases: duplicateCases },
            optionalSteps: [{ step: label.fireOpinion, reached: this.#fireReached, skipped: this.#fireSkipped }],
            parallelPairs: [[label.finance, label.urbanPlanning]],
            sodCases: [...this.#sod],
            rework: { step: label.legalReview, resubmitStep: label.resubmit, cases: [...this.#rework], rounds: this.#rounds },
            slowStep: label.districtManager,
            controls: [
                { step: label.documentCheck, rejectRate: RATES.documentCheckReject },
                { step: label.legalReview, rejectRate: RATES.legalReject },
                { step: label.technicalReview, rejectRate: RATES.technicalReject },
                { step: label.finance, rejectRate: RATES.financeReject },
                { step: label.urbanPlanning, rejectRate: RATES.urbanReject },
                { step: label.districtManager, rejectRate: RATES.districtManagerReject },
            ],
            rejectedCases: [...this.#rejected],
            badRows: [...this.#badRows],
        };
    }
}
