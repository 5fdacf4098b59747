// `requester-may-not-sign: [steps]`: the requester (the resource of the case's first event) signs none of the
// steps. Events without a resource are skipped. O(k) per case.
import { NONE } from '../../../log/dictionary.js';
import { activityMask, NOT_APPLICABLE, SATISFIED, VIOLATED } from './rule-check.js';
/** Checked in cases with a known requester and a listed step after the first event; violated when the requester did one. */
export const compileRequesterMayNotSign = (rule, log) => {
    const mask = activityMask(log, rule.steps);
    return (from, to) => {
        if (to <= from)
            return NOT_APPLICABLE;
        const requester = log.resource[from];
        if (requester === NONE)
            return NOT_APPLICABLE;
        let applies = false;
        for (let e = from + 1; e < to; e++) {
            if (!mask[log.activity[e]])
                continue;
            applies = true;
            if (log.resource[e] === requester)
                return VIOLATED;
        }
        return applies ? SATISFIED : NOT_APPLICABLE;
    };
};
