/** The outcome of a trend test on a series of per-period values. */
export interface Trend {
    readonly test: 'mann-kendall';
    /** Number of periods with a value. */
    readonly periods: number;
    /** Sen's slope: the median of pairwise slopes, in the series' unit per period. */
    readonly slopePerPeriod: number;
    /** Kendall's tau (-1 … 1). */
    readonly tau: number;
    /** Two-sided p-value of Mann–Kendall's S (normal approximation with tie correction). */
    readonly p: number;
    /** True when p < `alpha` and the slope is positive. */
    readonly rising: boolean;
}
/** Periods needed before a trend is tested at all. */
export declare const MIN_TREND_PERIODS = 6;
/**
 * Mann–Kendall trend test (Mann 1945, Kendall 1975) and Sen's slope (Sen 1968) on `values` at positions `at`
 * (period indices; gaps allowed). `rising` is p < `alpha` (default 0.05) with a positive slope. Fewer than
 * {@link MIN_TREND_PERIODS} values give p = 1 and `rising` false. O(m²) time for m values in general, O(m + runs²) when the
 * median slope is 0 (queues idle or steady for runs of periods); O(m²) scratch only then, reused between calls.
 */
export declare function trendTest(at: ArrayLike<number>, values: ArrayLike<number>, alpha?: number): Trend;
/**
 * {@link trendTest} of whole-number counts `counts[start … start + m)` at consecutive positions (a resource's cases in
 * hand over its active periods), without a view or a positions array per call: the same figures, bit for bit. Such a
 * series is never shortcut-unsafe (finite, no -0, strictly increasing positions), so S, the slopes' signs and the
 * tie term come from one pass over its runs of equal values. Series shorter than {@link MIN_TREND_PERIODS} get one
 * shared frozen result. O(m + runs²), plus O(m²) when the median slope is not among the zero slopes.
 */
export declare function countTrend(counts: Int32Array, start: number, m: number, alpha?: number): Trend;
