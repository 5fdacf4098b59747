// `required: [steps]` (Declare's existence): every listed step occurs in the case. O(k) per case of k events.
import { NONE } from '../../../log/dictionary.js';
import { SATISFIED, VIOLATED } from './rule-check.js';
/** Every case is checked; violated when one of the steps is absent (a step the log never has is absent everywhere). */
export const compileRequired = (rule, log) => {
    const ids = [...new Set(rule.steps.map((step) => log.activities.idOf(step)))];
    if (ids.includes(NONE))
        return () => VIOLATED;
    const seen = new Int32Array(log.activities.size).fill(-1);
    let generation = 0;
    return (from, to) => {
        generation++;
        for (let e = from; e < to; e++)
            seen[log.activity[e]] = generation;
        for (const id of ids)
            if (seen[id] !== generation)
                return VIOLATED;
        return SATISFIED;
    };
};
