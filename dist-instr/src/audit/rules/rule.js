// The one shape every audit rule has.
import { casesWithStep } from '../audit-context.js';
/**
 * Case ids of case indexes (any order, repeats allowed), in case order. The indexes are copied into an Int32Array and
 * sorted natively, with no comparator and no Set: O(k log k).
 */
export function caseIdsOf(context, cases) {
    const sorted = Int32Array.from(cases).sort();
    const ids = [];
    let previous = -1;
    for (let i = 0; i < sorted.length; i++) {
        const c = sorted[i];
        if (c !== previous)
            ids.push(context.log.caseIds[c] ?? '');
        previous = c;
    }
    return ids;
}
/** Case ids of case indexes already ascending and distinct (e.g. {@link casesWithStep}). O(k). */
export function caseIdsOfSorted(context, cases) {
    const ids = new Array(cases.length);
    for (let i = 0; i < cases.length; i++)
        ids[i] = context.log.caseIds[cases[i]] ?? '';
    return ids;
}
const stepCaseIds = new WeakMap();
/**
 * Case ids of the cases with a signature of step `s` ({@link casesWithStep}), in case order: one array per step and
 * context, shared by every finding about the step (a rubber stamp that is also optional lists its cases once). O(cases
 * of the step), once.
 */
export function caseIdsWithStep(context, s) {
    let bySteps = stepCaseIds.get(context);
    if (!bySteps)
        stepCaseIds.set(context, (bySteps = new Map()));
    let ids = bySteps.get(s);
    if (!ids)
        bySteps.set(s, (ids = caseIdsOfSorted(context, casesWithStep(context, s))));
    return ids;
}
/** Share of all cases, 0 for an empty log. */
export function caseShare(context, cases) {
    const all = context.log.caseIds.length;
    return all === 0 ? 0 : cases / all;
}
