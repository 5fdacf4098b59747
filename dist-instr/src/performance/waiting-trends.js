// Which steps are getting slower: a trend test on each activity's median waiting per period.
import { periodsOf } from './period-grid.js';
import { activityLayout } from './activity-layout.js';
import { trendTest } from './trend-test.js';
/** Observations a period needs before its median counts in an activity's series. */
export const MIN_EVENTS_PER_PERIOD = 3;
/**
 * Per activity id, {@link trendTest} on its median waiting per period (periods with at least
 * {@link MIN_EVENTS_PER_PERIOD} waiting figures), the period of an event being that of its own timestamp. A step is
 * rising when Mann–Kendall's p < 0.05 and Sen's slope is positive. O(n + activities × periods²) expected; one
 * selection per activity and period (the median alone). `layout`, when given, is the {@link activityLayout} of the same
 * `waiting` and grid, whose medians per period are read instead of laying the values out again.
 */
export function waitingTrends(log, waiting, grid, layout) {
    const size = log.activities.size;
    const periods = grid.count;
    const { periodCounts: counts, periodMedians: medians } = layout ?? activityLayout(log, waiting, periodsOf(grid, log.time), periods, null);
    const trends = [];
    for (let a = 0; a < size; a++) {
        const at = [];
        const series = [];
        for (let k = 0; k < periods; k++) {
            if (counts[a * periods + k] >= MIN_EVENTS_PER_PERIOD) {
                at.push(k);
                series.push(medians[a * periods + k]);
            }
        }
        trends.push(trendTest(at, series));
    }
    return trends;
}
