import type { EventLog } from '../log/event-log.js';
import type { PeriodGrid } from './period-grid.js';
export declare const EVENTS = 0;
export declare const CASES = 1;
export declare const LAST_CASE = 2;
export declare const VALUES = 3;
export declare const STRIDE = 4;
/**
 * First pass: each group's events, distinct cases and waiting values that are not NaN, into `stat`. (Each pass is a
 * function of its own, so that the code compiled while its loop runs covers only code that has run.) O(n).
 */
export declare function countGroups(column: Int32Array, waiting: Float64Array, caseStart: Int32Array, stat: Int32Array): void;
/**
 * Per case, the period its first event's work arrived in: that of the event's own start, or of its end when the
 * export has it starting after it ended (the case would otherwise be counted out before it came in, and a resource
 * show -1 cases in hand). Computed once per grid and log (the resource and the role passes share it). O(cases).
 */
export declare function firstArrivals(log: EventLog, grid: PeriodGrid): Int32Array;
/** The event columns the second pass reads. */
export interface EventColumns {
    readonly column: Int32Array;
    readonly waiting: Float64Array;
    readonly caseStart: Int32Array;
    readonly periodOf: Int32Array;
    readonly firstArrival: Int32Array;
}
/**
 * Second pass: each event's arrival and completion periods into its group's slots (`spans`) or counts (`tallies`),
 * and its waiting value into its group's stretch of `laid`, at the cursors of `stat`. Work arrives at an event when
 * its case's previous event ends. O(n).
 */
export declare function layGroups({ column, waiting, caseStart, periodOf, firstArrival }: EventColumns, periods: number, stat: Int32Array, { spans, tallies }: {
    spans: Int32Array;
    tallies: Int32Array;
}, laid: Float64Array): void;
