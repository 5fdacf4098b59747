// `chain-response: {if: A, then: B}` (Declare): B immediately after every A. O(k) per case.
import { activityId, NOT_APPLICABLE, SATISFIED, VIOLATED } from './rule-check.js';
/** chain-response(A, B): every A is immediately followed by B. Checked in cases with A. */
export const compileChainResponse = (rule, log) => {
    const a = activityId(log, rule.a);
    const b = activityId(log, rule.b);
    return (from, to) => {
        let applies = false;
        for (let e = from; e < to; e++) {
            if (log.activity[e] !== a)
                continue;
            applies = true;
            if (e + 1 >= to || log.activity[e + 1] !== b)
                return VIOLATED;
        }
        return applies ? SATISFIED : NOT_APPLICABLE;
    };
};
