// `first: step` (Declare's init): the case starts with one of the listed steps. O(1) per case.
import { activityMask, NOT_APPLICABLE, SATISFIED, VIOLATED } from './rule-check.js';
export const compileFirst = (rule, log) => {
    const mask = activityMask(log, rule.steps);
    return (from, to) => (to <= from ? NOT_APPLICABLE : mask[log.activity[from]] ? SATISFIED : VIOLATED);
};
