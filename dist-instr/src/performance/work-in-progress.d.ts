import type { EventLog } from '../log/event-log.js';
import type { PeriodGrid } from './period-grid.js';
import { type Trend } from './trend-test.js';
export interface WipPeriod {
    /** Period start, ISO 8601 UTC. */
    readonly start: string;
    /** Cases whose first event falls in the period. */
    readonly arrivals: number;
    /** Cases whose last event falls in the period. */
    readonly completions: number;
    /** Cases started and not yet finished at the period's end. */
    readonly open: number;
}
export interface WorkInProgress {
    readonly period: PeriodGrid['unit'];
    readonly series: readonly WipPeriod[];
    /** Most cases open at a period's end. */
    readonly maxOpen: number;
    /** Does the number of open cases rise over the log's period? ({@link trendTest} on `open`) */
    readonly trend: Trend;
}
/**
 * Arrivals, completions and open cases per period of `grid` (a case is open from its first event's start to its last
 * event's end). Note that the last periods of an export look emptier when cases still open are cut off. O(cases +
 * periods), plus O(periods²) for the trend.
 */
export declare function workInProgress(log: EventLog, grid: PeriodGrid): WorkInProgress;
