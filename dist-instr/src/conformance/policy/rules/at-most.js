// `at-most: {step: n}` (Declare's absence(n+1)): a step occurs at most n times in a case. O(k) per case.
import { NONE } from '../../../log/dictionary.js';
import { NOT_APPLICABLE, SATISFIED, VIOLATED } from './rule-check.js';
/** Checked in cases where a limited step occurs; violated when one occurs more often than its limit. */
export const compileAtMost = (rule, log) => {
    const limit = new Float64Array(log.activities.size).fill(Infinity);
    for (const { step, max } of rule.limits) {
        const id = log.activities.idOf(step);
        if (id !== NONE)
            limit[id] = Math.min(limit[id], max);
    }
    const count = new Int32Array(log.activities.size);
    return (from, to) => {
        let applies = false;
        let violated = false;
        for (let e = from; e < to; e++) {
            const id = log.activity[e];
            if (limit[id] === Infinity)
                continue;
            applies = true;
            count[id] = count[id] + 1;
            if (count[id] > limit[id])
                violated = true;
        }
        for (let e = from; e < to; e++)
            count[log.activity[e]] = 0;
        return !applies ? NOT_APPLICABLE : violated ? VIOLATED : SATISFIED;
    };
};
