import type { EventLog } from '../log/event-log.js';
import type { Summary } from './summarize.js';
export interface ActivityPerformance {
    readonly name: string;
    /** Events of this activity. */
    readonly count: number;
    /** Waiting in front of it (events that are not a case's first). */
    readonly waiting: Summary;
    /** Start-to-end time where the log has start times; `null` without a start column. */
    readonly service: Summary | null;
    /** Its total waiting over all activities' total waiting (0 … 1). */
    readonly shareOfWaiting: number;
}
/**
 * Frequency, waiting and service per activity, ranked by total waiting (descending, then name), from per-event
 * `waiting` and `service` ({@link eventWaiting}, {@link eventService}). `waits`, when given, are the waiting summaries
 * per activity id already computed from `waiting` (`summarizeGroups(waiting, log.activity, size)`, shared with
 * `edgePerformance`). O(n) expected (summaries by selection).
 */
export declare function activityPerformance(log: EventLog, waiting: Float64Array, service: Float64Array | null, waits?: readonly Summary[]): ActivityPerformance[];
