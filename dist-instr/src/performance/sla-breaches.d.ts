import type { EventLog } from '../log/event-log.js';
export interface SlaStep {
    readonly name: string;
    /** Breached cases in which the step waited. */
    readonly cases: number;
    /** Its total waiting in breached cases. */
    readonly waitingInBreached: number;
    /** Its median waiting in cases within the limit (the usual wait); 0 when no such case has it. */
    readonly typicalWaiting: number;
    /** Σ over its occurrences in breached cases of max(0, waiting − typicalWaiting): the delay beyond the usual. */
    readonly excess: number;
    /** Its excess over all steps' excess (0 … 1). */
    readonly shareOfExcess: number;
}
export interface SlaBreaches {
    /** The limit in seconds (working seconds with a calendar). */
    readonly limitSeconds: number;
    readonly casesOver: number;
    readonly shareOver: number;
    /** Ids of the cases over the limit, slowest first. */
    readonly cases: readonly string[];
    /** Σ (throughput − limit) over the breached cases. */
    readonly timeOver: number;
    /** Steps ranked by excess, those with none left out. */
    readonly steps: readonly SlaStep[];
}
/**
 * Cases whose `throughput` exceeds `limitSeconds`, and per step the waiting it added in those cases beyond its typical
 * (median) waiting in the cases that met the limit: the steps at the top explain the overrun. O(n + c log c) expected
 * for c breached cases. `typical`, when given, is that median per activity id already computed (by
 * {@link activityLayout} with the same limit).
 */
export declare function slaBreaches(log: EventLog, waiting: Float64Array, throughput: Float64Array, limitSeconds: number, typical?: Float64Array): SlaBreaches;
/** 1 for each case whose throughput exceeds `limitSeconds`. O(cases). */
export declare function breachedCases(throughput: Float64Array, limitSeconds: number): Uint8Array;
