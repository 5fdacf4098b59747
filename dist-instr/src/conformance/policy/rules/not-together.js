// `not-together: [A, B]` (Declare's not co-existence): A and B never in one case. O(k) per case.
import { activityId, firstOf, NOT_APPLICABLE, SATISFIED, VIOLATED } from './rule-check.js';
/** not-together(A, B): A and B never both in one case (Declare's not co-existence). Checked in cases with A or B. */
export const compileNotTogether = (rule, log) => {
    const a = activityId(log, rule.a);
    const b = activityId(log, rule.b);
    return (from, to) => {
        const hasA = firstOf(log.activity, a, from, to) >= 0;
        const hasB = firstOf(log.activity, b, from, to) >= 0;
        if (!hasA && !hasB)
            return NOT_APPLICABLE;
        return hasA && hasB ? VIOLATED : SATISFIED;
    };
};
