// `last: step`: the case ends with one of the listed steps (Declare's init, mirrored). O(1) per case.
import { activityMask, NOT_APPLICABLE, SATISFIED, VIOLATED } from './rule-check.js';
export const compileLast = (rule, log) => {
    const mask = activityMask(log, rule.steps);
    return (from, to) => (to <= from ? NOT_APPLICABLE : mask[log.activity[to - 1]] ? SATISFIED : VIOLATED);
};
