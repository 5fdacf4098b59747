// What every audit rule reads, computed once per audit: the log, its signature table and signature variants, the
// waiting in front of each event, service times, case throughput and per-step figures.
import { caseThroughput } from '../performance/case-throughput.js';
import { eventService, eventWaiting } from '../performance/event-waiting.js';
import { REJECT, RETURN } from './decision-kinds.js';
import { signatureVariants } from './signature-variants.js';
export const DEFAULT_RULE_OPTIONS = { minSupport: 30, maxRejectRate: 0.01, lang: 'en', fourEyes: [] };
/** The cases (ascending, each once) with at least one signature of step `s`. O(1): a view, not a copy. */
export function casesWithStep(context, s) {
    return context.stepCases.subarray(context.stepCaseStart[s] ?? 0, context.stepCaseStart[s + 1] ?? 0);
}
/** Waiting plus service of event `e`, seconds: how long a step held the case up, counted from the previous event's end. */
export function timeInFront(context, e) {
    const wait = context.waiting[e];
    return context.service ? wait + context.service[e] : wait;
}
/** Whether a decision kind is a rejection or a return. */
export function isNegative(kind) {
    return kind === REJECT || kind === RETURN;
}
/**
 * Builds the context: one pass for waiting, service and throughput; the signature variants (two passes over the
 * signatures) and the per-step counts from them; one pass laying out each step's waiting and cases by counting sort
 * (and the case of each signature). O(n), typed arrays only.
 */
export function auditContext(log, signatures, calendar) {
    const waiting = eventWaiting(log, calendar);
    // eventWaiting gives NaN to the first event of each case only (every other gap is a number ≥ 0): no sweep of every event.
    for (let c = 0; c + 1 < log.caseStart.length; c++)
        if (log.caseStart[c] < log.caseStart[c + 1])
            waiting[log.caseStart[c]] = 0;
    const measured = eventService(log, calendar);
    // Without a start column every service time is 0: no array of zeros.
    const service = measured;
    if (service)
        for (let e = 0; e < service.length; e++)
            if (Number.isNaN(service[e]))
                service[e] = 0;
    const throughput = caseThroughput(log, calendar);
    const stepCount = signatures.stepNames.length;
    const cases = new Int32Array(stepCount);
    const count = new Int32Array(stepCount);
    const approvals = new Int32Array(stepCount);
    const negatives = new Int32Array(stepCount);
    const seenIn = new Int32Array(stepCount).fill(-1);
    const caseCount = log.caseIds.length;
    const { step, kind, event, caseStart: signatureStart } = signatures;
    // The counts per step depend on a case's signatures only: counted on each variant's first case, times its cases.
    const variants = signatureVariants(signatures);
    for (let v = 0; v < variants.first.length; v++) {
        const c = variants.first[v];
        const weight = variants.count[v];
        const to = signatureStart[c + 1];
        for (let i = signatureStart[c]; i < to; i++) {
            const s = step[i];
            const k = kind[i];
            count[s] = count[s] + weight;
            if (k === 0)
                approvals[s] = approvals[s] + weight;
            else if (isNegative(k))
                negatives[s] = negatives[s] + weight;
            if (seenIn[s] !== v) {
                seenIn[s] = v;
                cases[s] = cases[s] + weight;
            }
        }
    }
    const caseOf = new Int32Array(step.length);
    const stepCaseStart = new Int32Array(stepCount + 1);
    for (let s = 0; s < stepCount; s++)
        stepCaseStart[s + 1] = stepCaseStart[s] + cases[s];
    const stepCases = new Int32Array(stepCaseStart[stepCount]);
    const caseCursor = stepCaseStart.slice(0, stepCount);
    const waits = Array.from({ length: stepCount }, (_, s) => new Float64Array(count[s]));
    const filled = new Int32Array(stepCount);
    seenIn.fill(-1);
    for (let c = 0; c < caseCount; c++) {
        const to = signatureStart[c + 1];
        for (let i = signatureStart[c]; i < to; i++) {
            const s = step[i];
            const at = filled[s];
            caseOf[i] = c;
            waits[s][at] = waiting[event[i]];
            filled[s] = at + 1;
            if (seenIn[s] !== c) {
                seenIn[s] = c;
                stepCases[caseCursor[s]] = c;
                caseCursor[s] = caseCursor[s] + 1;
            }
        }
    }
    const steps = waits.map((wait, s) => ({ cases: cases[s], signatures: count[s], approvals: approvals[s], negatives: negatives[s], waiting: wait }));
    return { log, signatures, variants, waiting, service, throughput, calendar, dayLength: calendar ? calendar.dayLength : 86_400, steps, caseOf, stepCaseStart, stepCases };
}
