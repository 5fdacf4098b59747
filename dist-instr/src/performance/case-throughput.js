// Throughput time per case: from the moment the case started to its last event's end.
import { spanSeconds } from './event-waiting.js';
/** First instant of case `c`: its earliest start time where the log has start times, else its first timestamp. */
export function caseBegin(log, c) {
    const first = log.caseStart[c];
    const end = log.caseStart[c + 1];
    let begin = log.time[first];
    const { startTime } = log;
    if (startTime)
        for (let e = first; e < end; e++)
            if (startTime[e] < begin)
                begin = startTime[e];
    return begin;
}
/** Last instant of case `c`: its last event's end (events are sorted by end time). */
export function caseFinish(log, c) {
    return log.time[log.caseStart[c + 1] - 1];
}
/**
 * Throughput time per case in seconds (working seconds with a calendar), from the first event's start (its timestamp
 * when the log has no start times) to the last event's end. Without start times this is PM4Py's
 * `get_all_case_durations` (last minus first timestamp). Empty cases get 0. O(n).
 */
export function caseThroughput(log, calendar) {
    const span = spanSeconds(calendar);
    const cases = log.caseIds.length;
    const throughput = new Float64Array(cases);
    for (let c = 0; c < cases; c++) {
        if (log.caseStart[c + 1] > log.caseStart[c])
            throughput[c] = Math.max(0, span(caseBegin(log, c), caseFinish(log, c)));
    }
    return throughput;
}
