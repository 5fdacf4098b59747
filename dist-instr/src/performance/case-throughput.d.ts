import type { EventLog } from '../log/event-log.js';
import type { WorkingCalendar } from './calendar.js';
/** First instant of case `c`: its earliest start time where the log has start times, else its first timestamp. */
export declare function caseBegin(log: EventLog, c: number): number;
/** Last instant of case `c`: its last event's end (events are sorted by end time). */
export declare function caseFinish(log: EventLog, c: number): number;
/**
 * Throughput time per case in seconds (working seconds with a calendar), from the first event's start (its timestamp
 * when the log has no start times) to the last event's end. Without start times this is PM4Py's
 * `get_all_case_durations` (last minus first timestamp). Empty cases get 0. O(n).
 */
export declare function caseThroughput(log: EventLog, calendar?: WorkingCalendar): Float64Array;
