// `forbidden: [steps]` (Declare's absence): none of the listed steps occurs. O(k) per case.
import { activityMask, SATISFIED, VIOLATED } from './rule-check.js';
/** Every case is checked; violated when one of the steps occurs. */
export const compileForbidden = (rule, log) => {
    const mask = activityMask(log, rule.steps);
    return (from, to) => {
        for (let e = from; e < to; e++)
            if (mask[log.activity[e]])
                return VIOLATED;
        return SATISFIED;
    };
};
