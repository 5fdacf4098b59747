/** Groups smaller than this are left to selection: a handful of values does not pay for walking the bins. */
export declare const COUNTING_MIN = 1024;
/**
 * The order statistics of `values` at `ranks` (0-based, ascending, each < values.length) written to `out` (same
 * indices), `max` being the largest value, when they can be counted: every value a whole number ≥ 0 (not -0), all
 * multiples of the greatest common divisor of the first non-zero ones, over at most {@link BINS_PER_VALUE} bins per
 * value. False when they cannot (the caller selects). Does not reorder `values`. O(n + max / step).
 */
export declare function countedOrderStatistics(values: Float64Array, max: number, ranks: Float64Array, out: Float64Array): boolean;
