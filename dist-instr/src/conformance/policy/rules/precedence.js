// `precedence: {before: A, then: B}` (Declare): B only after A. Events are in the log's case order (time, then
// file order), so "after" means later in that order. O(k) per case.
import { activityId, firstOf, NOT_APPLICABLE, SATISFIED, VIOLATED } from './rule-check.js';
/** precedence(A, B): every B has an A before it. Checked in cases with B. */
export const compilePrecedence = (rule, log) => {
    const a = activityId(log, rule.a);
    const b = activityId(log, rule.b);
    return (from, to) => {
        const firstB = firstOf(log.activity, b, from, to);
        if (firstB < 0)
            return NOT_APPLICABLE;
        const firstA = firstOf(log.activity, a, from, firstB);
        return firstA < 0 ? VIOLATED : SATISFIED;
    };
};
