/** The outcome of a Mann–Whitney U test of sample NEW against sample OLD. */
export interface ShiftTest {
    readonly test: 'mann-whitney';
    /** Sizes of OLD and NEW. */
    readonly n: readonly [number, number];
    /** U of NEW: pairs (old, new) where the new value is larger, ties counting a half. */
    readonly u: number;
    /** Probability that a NEW value exceeds an OLD one (U / (n₁n₂); 0.5 = no shift): the effect size. */
    readonly probabilityNewLarger: number;
    /** Normal approximation with tie and continuity correction (R's `wilcox.test(exact = FALSE)`). */
    readonly z: number;
    /** Two-sided p-value. */
    readonly p: number;
    /** p < alpha (0.05 by default). */
    readonly significant: boolean;
}
/**
 * Mann–Whitney U test (Mann and Whitney 1947) of `after` against `before`: two-sided, normal approximation with the
 * tie correction of the variance and a continuity correction, as R's `wilcox.test(before, after, exact = FALSE)`.
 * NaN values are skipped. Null when either sample is empty. O(n log n): both samples sorted, ranks by one merge.
 */
export declare function mannWhitney(before: ArrayLike<number>, after: ArrayLike<number>, alpha?: number): ShiftTest | null;
