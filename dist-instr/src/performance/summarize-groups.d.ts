import { type Summary } from './summarize.js';
/**
 * The buffer groups are laid out in, grown to at least `size` values: shared by every grouped summary (the laid-out
 * values live only until their summaries are computed), valid until the next call of a function of this module.
 */
export declare function groupScratch(size: number): Float64Array;
/**
 * Turns `starts` (group g's count at `starts[g + 1]`, `starts[0]` = 0) into starts in place: group g's values go to
 * `starts[g] … starts[g + 1]`. Returns the write cursor of each group (a copy of the starts). O(groups).
 */
export declare function startsFromCounts(starts: Int32Array): Int32Array;
/** {@link summarizeRange} of each group of values laid out by `starts` (reordering each stretch). O(values + groups) expected. */
export declare function summarizeLaid(laid: Float64Array, starts: Int32Array): Summary[];
/**
 * {@link summarize}'s figures for the values of each group: `groupOf[i]` is the group of `values[i]` (0 … groups - 1,
 * or negative to skip); `NaN` values are skipped. A counting sort lays each group out contiguously in one sequential
 * pass, then {@link summarizeInPlace} finds each group's order statistics by selection: O(n + groups) expected, no
 * sorting. (Sorting once and walking the order was tried: the random reads of the walk cost as much as the selections,
 * and the sort comes on top.)
 */
export declare function summarizeGroups(values: ArrayLike<number>, groupOf: ArrayLike<number>, groups: number): Summary[];
/**
 * Count and median of each group of values laid out by `starts`, as {@link summarizeLaid} would give them (the same
 * median, bit for bit): one selection per group instead of three, and no summary objects. Groups without values have
 * count 0 and median 0. O(values + groups) expected.
 */
export declare function mediansLaid(laid: Float64Array, starts: Int32Array): {
    counts: Int32Array;
    medians: Float64Array;
};
/**
 * Count and median of each group, as {@link summarizeGroups} would give them, for measures that need no other figure
 * (trends per period, an SLA's usual waiting): {@link mediansLaid} of the laid-out groups. O(n + groups) expected.
 */
export declare function groupMedians(values: ArrayLike<number>, groupOf: ArrayLike<number>, groups: number): {
    counts: Int32Array;
    medians: Float64Array;
};
