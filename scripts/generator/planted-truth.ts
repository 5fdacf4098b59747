// What the generator planted, in the labels a reader produces, so tests can score an audit's precision and recall.

import { normalizeLabel } from '../../src/log/normalize-label.js';
import { RATES, stepLabel, STEPS, type Language, type StepKey } from './permit-process.js';
import type { SimCase } from './simulate-case.js';

/** Kinds of bad rows the generator writes (each must be set aside by a reader, never silently dropped). */
export type DefectKind = 'field-count' | 'empty-case' | 'bad-time';

/**
 * The planted truth of a generated log. Step names are the canonical labels (what `normalizeLabel` makes of them),
 * case ids are listed in case order.
 */
export interface PlantedTruth {
  readonly language: Language;
  readonly seed: number;
  /** Cases and (good) events generated; bad rows come on top. */
  readonly cases: number;
  readonly events: number;
  /** Canonical label per step key. */
  readonly labels: Readonly<Record<StepKey, string>>;
  /** Steps whose events carry a decision. */
  readonly signingSteps: readonly string[];
  /** Steps that never reject or return: Secretariat and Archive signature, and the Fire department opinion. */
  readonly rubberStamps: readonly string[];
  /** `step` always repeats the decision of the earlier `impliedBy`, rejections included. */
  readonly impliedPairs: readonly { readonly step: string; readonly impliedBy: string }[];
  readonly duplicateSignature: {
    /** Steps signed twice in a row with no rejection or return in between. */
    readonly steps: readonly string[];
    readonly sameStepCases: readonly string[];
    /** Cases where one person signed two different steps. */
    readonly samePersonCases: readonly { readonly caseId: string; readonly steps: readonly [string, string]; readonly resource: string }[];
    /** Every affected case (union of both kinds). */
    readonly cases: readonly string[];
  };
  /** Steps skipped at random (independently of the outcome) in a share of the cases that reach them. */
  readonly optionalSteps: readonly { readonly step: string; readonly reached: number; readonly skipped: number }[];
  /** Pairs performed in random order with independent decisions. */
  readonly parallelPairs: readonly (readonly [string, string])[];
  /** Cases where the requester signed an approval of their own case. */
  readonly sodCases: readonly { readonly caseId: string; readonly step: string; readonly resource: string }[];
  readonly rework: { readonly step: string; readonly resubmitStep: string; readonly cases: readonly string[]; readonly rounds: number };
  /** The step with several working days of waiting: the top bottleneck. */
  readonly slowStep: string;
  /** Signing steps that reject at realistic rates and must not be flagged as rubber stamp, implied or optional. */
  readonly controls: readonly { readonly step: string; readonly rejectRate: number }[];
  /** Cases ending in `Application rejected`, and the step that rejected each. */
  readonly rejectedCases: readonly { readonly caseId: string; readonly step: string }[];
  /** Bad rows: index into the generated rows (CSV line = index + 2 with a one-line header), and the defect. */
  readonly badRows: readonly { readonly index: number; readonly kind: DefectKind }[];
}

/** Accumulates the truth case by case (so a multi-million-event log can be streamed). */
export class TruthRecorder {
  readonly #labels: Record<StepKey, string>;
  #cases = 0;
  #events = 0;
  readonly #sameStep: string[] = [];
  readonly #samePerson: { caseId: string; steps: [string, string]; resource: string }[] = [];
  readonly #sod: { caseId: string; step: string; resource: string }[] = [];
  readonly #rework: string[] = [];
  #rounds = 0;
  #fireReached = 0;
  #fireSkipped = 0;
  readonly #rejected: { caseId: string; step: string }[] = [];
  readonly #badRows: { index: number; kind: DefectKind }[] = [];

  constructor(
    readonly language: Language,
    readonly seed: number,
  ) {
    const labels = {} as Record<StepKey, string>;
    for (const key of Object.keys(STEPS) as StepKey[]) labels[key] = normalizeLabel(stepLabel(key, language));
    this.#labels = labels;
  }

  /** Records one simulated case. */
  add(caseId: string, simulated: SimCase): void {
    const label = this.#labels;
    this.#cases++;
    this.#events += simulated.events.length;
    if (simulated.archiveDuplicate) this.#sameStep.push(caseId);
    if (simulated.samePerson) {
      const [a, b] = simulated.samePerson.steps;
      this.#samePerson.push({ caseId, steps: [label[a], label[b]], resource: simulated.samePerson.resource });
    }
    if (simulated.sod) this.#sod.push({ caseId, step: label[simulated.sod.step], resource: simulated.sod.resource });
    if (simulated.returns > 0) {
      this.#rework.push(caseId);
      this.#rounds += simulated.returns;
    }
    if (simulated.reachedFire) this.#fireReached++;
    if (simulated.skippedFire) this.#fireSkipped++;
    if (simulated.rejectedAt) this.#rejected.push({ caseId, step: label[simulated.rejectedAt] });
  }

  /** Records a bad row written at `index` of the rows. */
  addBadRow(index: number, kind: DefectKind): void {
    this.#badRows.push({ index, kind });
  }

  /** The truth so far. */
  truth(): PlantedTruth {
    const label = this.#labels;
    const samePersonIds = new Set(this.#samePerson.map((entry) => entry.caseId));
    const duplicateCases = [...new Set([...this.#sameStep, ...samePersonIds])];
    const order = (id: string): number => Number(id.replace(/\D/g, '').slice(-6));
    duplicateCases.sort((a, b) => order(a) - order(b));
    return {
      language: this.language,
      seed: this.seed,
      cases: this.#cases,
      events: this.#events,
      labels: { ...label },
      signingSteps: (Object.keys(STEPS) as StepKey[]).filter((key) => STEPS[key].signs).map((key) => label[key]),
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
