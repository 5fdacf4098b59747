// rework-loop: a step signed again after it returned the case (ping-pong with the applicant).
import { summarize } from '../../performance/summarize.js';
import { spanSeconds } from '../../performance/event-waiting.js';
import { RETURN } from '../decision-kinds.js';
import { casesText, faNumber, messageDuration } from '../finding.js';
import { caseIdsOf, caseShare } from './rule.js';
/**
 * One finding per step that returned cases and signed them again later: cases, rounds (returns followed by a new
 * signature of the step), and the time lost per case (from each return to the step's next signature, summed).
 * Severity: medium when at least 10% of cases loop, else low. O(variants' signatures + cases + rounds).
 */
export const reworkLoop = {
    id: 'rework-loop',
    describe: 'a step signed again after it returned the case',
    check(context, options) {
        const { signatures, log, variants } = context;
        const { caseStart, event } = signatures;
        const span = spanSeconds(context.calendar);
        // Which signatures close a round (and which return they answer) depends on a case's signatures only: found once
        // per signature variant, as offsets; only the time lost is read case by case.
        const pendingReturn = new Int32Array(signatures.stepNames.length).fill(-1);
        const roundStart = new Int32Array(variants.first.length + 1);
        const returned = [];
        const signed = [];
        for (let v = 0; v < variants.first.length; v++) {
            const from = caseStart[variants.first[v]];
            const to = caseStart[variants.first[v] + 1];
            for (let i = from; i < to; i++) {
                const s = signatures.step[i];
                const returnedAt = pendingReturn[s];
                if (returnedAt >= from) {
                    returned.push(returnedAt - from);
                    signed.push(i - from);
                    pendingReturn[s] = -1;
                }
                if (signatures.kind[i] === RETURN)
                    pendingReturn[s] = i;
            }
            roundStart[v + 1] = returned.length;
        }
        const perStep = new Map();
        for (let c = 0; c + 1 < caseStart.length; c++) {
            const v = variants.of[c];
            const from = caseStart[c];
            for (let r = roundStart[v]; r < roundStart[v + 1]; r++) {
                const i = from + signed[r];
                const s = signatures.step[i];
                const entry = perStep.get(s) ?? { rounds: 0, lost: new Map() };
                entry.rounds++;
                const lost = span(log.time[event[from + returned[r]]], log.time[event[i]]);
                entry.lost.set(c, (entry.lost.get(c) ?? 0) + Math.max(0, lost));
                perStep.set(s, entry);
            }
        }
        const findings = [];
        for (const [s, { rounds, lost }] of perStep) {
            const name = signatures.stepNames[s] ?? '';
            const cases = caseIdsOf(context, lost.keys());
            const time = summarize([...lost.values()]);
            const share = caseShare(context, cases.length);
            findings.push({
                id: `rework-loop:${name}`,
                type: 'rework-loop',
                severity: share >= 0.1 ? 'medium' : 'low',
                activities: [name],
                cases,
                metrics: { cases: cases.length, rounds, timeLostMedian: time.median, timeLostTotal: time.total, impact: share },
                message: options.lang === 'fa'
                    ? `«${name}» ${faNumber(cases.length)} پرونده را در ${faNumber(rounds)} دور برگشت داده و هر پرونده میانه ${messageDuration(time.median, context.dayLength, 'fa')} از دست داده است.`
                    : `“${name}” sent ${casesText(cases.length)} back for ${rounds} rounds, losing a median ${messageDuration(time.median, context.dayLength, 'en')} per case.`,
            });
        }
        return findings;
    },
};
