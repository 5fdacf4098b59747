import type { EventLog } from '../log/event-log.js';
/** One distinct activity sequence and the cases that followed it. */
export interface Variant {
    /** Activity ids in case order. */
    readonly activities: Int32Array;
    /** Number of cases with exactly this sequence. */
    readonly count: number;
    /** Indexes of those cases (into `log.caseIds`), in log order. */
    readonly cases: Int32Array;
}
/** A variant with the figures the report shows. */
export interface VariantRow {
    readonly activities: readonly string[];
    readonly count: number;
    /** Share of all cases, 0..1. */
    readonly share: number;
    /** Share of all cases covered by this variant and every more frequent one, 0..1. */
    readonly cumulativeShare: number;
    /** Median of last-minus-first event time over the variant's cases, in seconds. */
    readonly medianThroughput: number;
}
/**
 * The distinct traces of `log` with their counts and cases, most frequent first, ties by sequence (activity names
 * compared element by element, so the order does not depend on how the file was read).
 *
 * Cases are grouped by a 32-bit hash of their id sequence, confirmed by comparison: O(n) in events, plus
 * O(v log v) to sort the v variants.
 */
export declare function variantsOf(log: EventLog): readonly Variant[];
/** Selection of the variant list: the first `top`, and/or as many as needed to reach `coverage` (0..1) of cases. */
export interface VariantSelection {
    readonly top?: number;
    readonly coverage?: number;
}
/**
 * The report rows of `variants` (as returned by {@link variantsOf}): names, share, cumulative share and median
 * throughput time. With a selection, stops after `top` rows or once the cumulative share reaches `coverage`,
 * whichever comes first. O(n log n) for the throughput medians.
 */
export declare function variantRows(log: EventLog, variants: readonly Variant[], selection?: VariantSelection): VariantRow[];
