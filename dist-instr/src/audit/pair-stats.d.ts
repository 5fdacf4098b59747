import type { AuditContext } from './audit-context.js';
/** Pair tables over the paired steps; cell [a * k + b] is about A = steps[a], B = steps[b]. */
export interface PairStats {
    /** Step ids of the paired steps (those in at least `minCases` cases, most frequent first when capped). */
    readonly steps: Int32Array;
    /** Index into `steps` per step id, -1 when the step is not paired. */
    readonly index: Int32Array;
    /** Cases where A's first signature precedes B's first signature. */
    readonly before: Int32Array;
    /** Of those, cases where A's last decision before B's first signature equals B's first decision. */
    readonly agree: Int32Array;
    /** Of those, cases where A's last decision before B was a rejection or a return. */
    readonly negative: Int32Array;
}
/**
 * The pair tables of `context` over steps in at least `minCases` cases. Every count depends on a case's signatures
 * only, so each variant is counted once, times its cases. O(variants' signatures × steps per case).
 */
export declare function pairStats(context: AuditContext, minCases: number): PairStats;
