import type { EventLog } from '../log/event-log.js';
import { type PeriodGrid } from './period-grid.js';
import { type ActivityLayout } from './activity-layout.js';
import { type Trend } from './trend-test.js';
/** Observations a period needs before its median counts in an activity's series. */
export declare const MIN_EVENTS_PER_PERIOD = 3;
/**
 * Per activity id, {@link trendTest} on its median waiting per period (periods with at least
 * {@link MIN_EVENTS_PER_PERIOD} waiting figures), the period of an event being that of its own timestamp. A step is
 * rising when Mann–Kendall's p < 0.05 and Sen's slope is positive. O(n + activities × periods²) expected; one
 * selection per activity and period (the median alone). `layout`, when given, is the {@link activityLayout} of the same
 * `waiting` and grid, whose medians per period are read instead of laying the values out again.
 */
export declare function waitingTrends(log: EventLog, waiting: Float64Array, grid: PeriodGrid, layout?: ActivityLayout): Trend[];
