import type { EventLog } from '../log/event-log.js';
import type { Summary } from './summarize.js';
export interface EdgePerformance {
    readonly from: string;
    readonly to: string;
    readonly count: number;
    /** Waiting of the `to` event ({@link eventWaiting}): end of `from` to start of `to`. */
    readonly waiting: Summary;
}
/**
 * Count and waiting distribution per edge (consecutive events of a case), ranked by count (descending), then names.
 * Without start times and a calendar, mean and median equal PM4Py's performance DFG. O(n) expected.
 *
 * `activityWaits`, when given, are the waiting summaries per activity id from the same `waiting`
 * (`summarizeGroups(waiting, log.activity, size)`): an edge whose events carry every waiting figure of its target
 * activity (the only way into that step, as often in approval chains) has exactly that group of values in the same
 * order, so it takes that summary instead of selecting the same order statistics again.
 */
export declare function edgePerformance(log: EventLog, waiting: Float64Array, activityWaits?: readonly Summary[]): EdgePerformance[];
