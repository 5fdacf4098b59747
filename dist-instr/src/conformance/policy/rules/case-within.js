// `case-within: 8w`: a deadline on the case's throughput time, measured as the performance analysis does.
import { caseBegin, caseFinish } from '../../../performance/case-throughput.js';
import { NOT_APPLICABLE, SATISFIED, VIOLATED, deadlineMeasure } from './rule-check.js';
/**
 * Every non-empty case is checked: its throughput time (first event's start, or its timestamp when the log has no
 * start times, to the last event's end; as the performance analysis measures it) against `max`.
 */
export const compileCaseWithin = (rule, log, context) => {
    const { limit, elapsed } = deadlineMeasure(rule, rule.max, context);
    return (from, to, c) => {
        if (to <= from)
            return NOT_APPLICABLE;
        return elapsed(caseBegin(log, c), caseFinish(log, c)) > limit ? VIOLATED : SATISFIED;
    };
};
