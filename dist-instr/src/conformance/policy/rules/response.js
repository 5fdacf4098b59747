// `response: {if: A, then: B}` (Declare): every A is eventually followed by a B. O(k) per case.
import { activityId, firstOf, lastOf, NOT_APPLICABLE, SATISFIED, VIOLATED } from './rule-check.js';
/** response(A, B): every A is followed, some time later, by a B. Checked in cases with A. */
export const compileResponse = (rule, log) => {
    const a = activityId(log, rule.a);
    const b = activityId(log, rule.b);
    return (from, to) => {
        const lastA = lastOf(log.activity, a, from, to);
        if (lastA < 0)
            return NOT_APPLICABLE;
        return firstOf(log.activity, b, lastA + 1, to) < 0 ? VIOLATED : SATISFIED;
    };
};
