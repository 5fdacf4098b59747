/**
 * The order statistics of `values` at `ranks` (ascending, distinct, each below the count), leaving `values` as they
 * are: cut by leading bits from 8,192 values on ({@link radixRanks}), otherwise (and for values the bits cannot order)
 * selected on a copy. For callers that must not reorder a shared array. Expected O(n).
 */
export declare function orderStatistics(values: Float64Array, ranks: readonly number[]): number[];
/**
 * The type-7 quantiles (R's default, as `quantileSorted` and {@link summarizeInPlace}) of `values` at each of `ps`,
 * which must be ascending: the same order statistics and interpolation as summarizeInPlace's median, p90 and p95.
 * Up to 24 values without NaN or -0 are sorted by insertion; 8,192 or more are cut by leading bits first
 * ({@link radixRanks}); otherwise, and for values the bits cannot order, one Floyd–Rivest selection per quantile, each
 * on the part above the previous one, as summarizeInPlace. May reorder `values`; 0 for every quantile of no values, as
 * EMPTY_SUMMARY. Expected O(n) per call.
 */
export declare function quantilesInPlace(values: Float64Array, ps: readonly number[]): number[];
/**
 * The type-7 quantiles of `values` at each of `ps` (ascending) by one Floyd–Rivest selection per quantile, each on
 * the part above the previous one; the upper neighbour of an interpolated quantile is the minimum above it. With
 * `sorted` (values already in order) nothing is selected. Reorders `values`. Expected O(n) per quantile.
 */
export declare function selectQuantiles(values: Float64Array, ps: readonly number[], sorted?: boolean): number[];
