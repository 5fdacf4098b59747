import type { EventLog } from '../log/event-log.js';
import { type Summary } from './summarize.js';
export interface ActivityLayout {
    /** Waiting summary per activity id: `summarizeGroups(waiting, log.activity, size)`'s figures. */
    readonly waits: Summary[];
    /** Per activity × period (`activity * periods + period`): how many waiting values, and their median (0 for none). */
    readonly periodCounts: Int32Array;
    readonly periodMedians: Float64Array;
    /** Per activity id, the median waiting in the cases within the SLA (0 for none); null without an SLA. */
    readonly typical: Float64Array | null;
}
/**
 * Lays the non-NaN `waiting` values out by activity, then (with `breached`, a flag per case) within-limit cases before
 * breached ones, then period (`periodOf`, per event, over `periods`), in one counting sort; then reads off each
 * activity's summary, each (activity, period) median and each activity's median within the limit. Totals and maxima
 * are summed in event order as the summaries of {@link summarizeGroups} are, and order statistics do not depend on
 * the order of the values (waiting from {@link eventWaiting} is never NaN here nor -0), so the figures are the same.
 * O(n + activities × periods) expected.
 */
export declare function activityLayout(log: EventLog, waiting: Float64Array, periodOf: Int32Array, periods: number, breached: Uint8Array | null): ActivityLayout;
