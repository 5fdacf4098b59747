import type { EventLog } from '../log/event-log.js';
import type { WorkingCalendar } from './calendar.js';
/**
 * Seconds between two instants (epoch ms): elapsed time, or working time in `calendar` when one is given. The one
 * place every measure turns a pair of instants into a duration.
 */
export declare function spanSeconds(calendar: WorkingCalendar | undefined): (fromMs: number, toMs: number) => number;
/** When event `e` started: its start time where the log has one, else its (only) timestamp. */
export declare function eventStart(log: EventLog, e: number): number;
/**
 * Waiting time per event in seconds (working seconds with a calendar): from the end of the previous event of the same
 * case to this event's start. With one timestamp per event this is the gap between the two timestamps, which is what
 * PM4Py's performance DFG puts on the edge (previous → this). An event that starts before the previous one ended
 * (overlapping work) waited 0. The first event of a case has no waiting: `NaN`.
 *
 * Indexed like the log's event columns. O(n) with the O(1) calendar lookup.
 */
export declare function eventWaiting(log: EventLog, calendar?: WorkingCalendar): Float64Array;
/**
 * Service time per event in seconds (working seconds with a calendar): start to end. `NaN` where the event has no start
 * time; `null` when the log has no start column at all. O(n).
 */
export declare function eventService(log: EventLog, calendar?: WorkingCalendar): Float64Array | null;
