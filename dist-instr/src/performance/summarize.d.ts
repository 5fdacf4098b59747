/** Distribution of durations in seconds (or any values), with the sample size it was computed from. */
export interface Summary {
    readonly count: number;
    readonly mean: number;
    readonly median: number;
    readonly p90: number;
    readonly p95: number;
    readonly max: number;
    readonly total: number;
}
/** The summary of no values: zero count, every figure 0. */
export declare const EMPTY_SUMMARY: Summary;
/**
 * Count, mean, median, 90th and 95th percentiles, maximum and total of `values`.
 *
 * Percentiles are simple-statistics' `quantileSorted`: linear interpolation between order statistics (R's type 7,
 * numpy's default), so the median equals PM4Py's and p90 equals `numpy.percentile(x, 90)`. Sorts a copy: O(n log n);
 * whole numbers (durations to the second) are summarized by selection or counting instead, with the same figures.
 */
export declare function summarize(values: ArrayLike<number>): Summary;
/**
 * {@link summarize} of values already in ascending order (no copy, no sort): the same definitions, for callers that
 * sort once and summarize many groups ({@link summarizeGroups}). O(n) for the total.
 */
export declare function summarizeSorted(sorted: Float64Array): Summary;
/**
 * {@link summarizeInPlace} of `values[from … to)` (reordering that range): the same figures, without a view for the
 * small groups that most resources have. O(count) expected.
 */
export declare function summarizeRange(values: Float64Array, from: number, to: number): Summary;
/**
 * {@link summarize} of `values` without sorting them: the same order statistics (R type 7, as `quantileSorted`)
 * found by Floyd–Rivest selection (simple-statistics' `quickselect`), which reorders `values` in place. Mean and total
 * are summed in the input order, so they can differ from {@link summarize}'s in the last bits of a double.
 * Expected O(n): what keeps many groups (every DFG edge's waiting times) cheap.
 */
export declare function summarizeInPlace(values: Float64Array): Summary;
/**
 * {@link summarizeInPlace} of `values` whose total and maximum were already summed elsewhere (in the order the
 * summary should reflect): the order statistics of `values` (reordered), with `total` and `max` as given.
 */
export declare function summarizeWith(values: Float64Array, total: number, max: number): Summary;
/**
 * {@link summarizeInPlace}'s median alone (the same value, bit for bit): one selection, no mean, no other quantile.
 * Reorders `values`. Expected O(n); 0 for no values, as {@link EMPTY_SUMMARY}.
 */
export declare function medianInPlace(values: Float64Array): number;
