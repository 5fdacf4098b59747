// `within: {from: A, to: B, max: 10wd}`: a deadline from the first A to the first B after it. Calendar units
// (s m h d w) are elapsed time; `wd` is working time of the calendar given with --work-hours and --holidays.
import { activityId, firstOf, NOT_APPLICABLE, SATISFIED, VIOLATED, deadlineMeasure } from './rule-check.js';
/**
 * Checked in cases with A where either a B follows it or the deadline has passed by the case's last event; violated
 * when the first B after the first A comes later than `max`, or never comes while the case ran past the deadline.
 * Cases with A, no B yet and still inside the deadline are open, not checked.
 */
export const compileWithin = (rule, log, context) => {
    const a = activityId(log, rule.from);
    const b = activityId(log, rule.to);
    const { limit, elapsed } = deadlineMeasure(rule, rule.max, context);
    return (from, to) => {
        const start = firstOf(log.activity, a, from, to);
        if (start < 0)
            return NOT_APPLICABLE;
        const end = firstOf(log.activity, b, start + 1, to);
        const startTime = log.time[start];
        if (end < 0)
            return elapsed(startTime, log.time[to - 1]) > limit ? VIOLATED : NOT_APPLICABLE;
        return elapsed(startTime, log.time[end]) > limit ? VIOLATED : SATISFIED;
    };
};
