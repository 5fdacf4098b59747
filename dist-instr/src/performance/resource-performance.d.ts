import type { EventLog } from '../log/event-log.js';
import { type PeriodGrid } from './period-grid.js';
import { type Summary } from './summarize.js';
import { type Trend } from './trend-test.js';
export { inHandLayout, type InHandLayout } from './in-hand.js';
export interface ResourcePerformance {
    readonly name: string;
    /** Events they handled. */
    readonly events: number;
    /** Distinct cases they touched. */
    readonly cases: number;
    /** Waiting in front of their events. */
    readonly waiting: Summary;
    /**
     * Cases in their hands at period ends: a case is in hand from the end of its previous event (work arrives) to the end
     * of their event on it. `mean` and `max` over the periods they were active in; `series` per period of the grid
     * (aligned with the work-in-progress series).
     */
    readonly inHand: {
        readonly mean: number;
        readonly max: number;
        readonly series: readonly number[];
    };
    /** Does the number in hand rise over the periods they were active in? */
    readonly queueTrend: Trend;
}
/**
 * Per resource (`by: 'resource'`) or role (`by: 'role'`), ranked by the total waiting in front of them (descending;
 * a median over two events would put occasional users first),
 * from per-event `waiting` ({@link eventWaiting}). Events without a resource (role) are left out. The queue trend is
 * {@link trendTest} on the number in hand per period. O(n + Σ active periods + groups × trend) time.
 *
 * A counting sort in two passes over the events ({@link countGroups}, {@link layGroups}) lays out each group's
 * waiting values contiguously (the same values in the same order as {@link summarizeGroups}), and each small group's
 * arrival and completion periods; a group with at least as many events as periods counts those per period instead.
 * The passes write each event once to its group's slots (no read-modify-write of a per-group series, which costs a
 * cache miss per event of a cold group). A log whose users include the applicants has 100,000s of resources: their
 * in-hand counts live in one shared Int32Array over each one's active periods (not resources × periods), and each
 * `inHand.series` (a full-length period array) is laid out only when read (a test, `JSON.stringify`), then kept. The
 * reports never read it; the JSON writers read the compact form ({@link inHandLayout}).
 */
export declare function resourcePerformance(log: EventLog, waiting: Float64Array, grid: PeriodGrid, by?: 'resource' | 'role'): ResourcePerformance[];
