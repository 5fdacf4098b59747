// One definition of "mean, median, p90" for every report, so the same figure never differs between two tables.
import { quantileSorted, quickselect } from 'simple-statistics';
import { COUNTING_MIN, countedOrderStatistics } from './counted-order.js';
import { selectQuantiles } from './quantiles-in-place.js';
/** The summary of no values: zero count, every figure 0. */
export const EMPTY_SUMMARY = Object.freeze({ count: 0, mean: 0, median: 0, p90: 0, p95: 0, max: 0, total: 0 });
/**
 * Count, mean, median, 90th and 95th percentiles, maximum and total of `values`.
 *
 * Percentiles are simple-statistics' `quantileSorted`: linear interpolation between order statistics (R's type 7,
 * numpy's default), so the median equals PM4Py's and p90 equals `numpy.percentile(x, 90)`. Sorts a copy: O(n log n);
 * whole numbers (durations to the second) are summarized by selection or counting instead, with the same figures.
 */
export function summarize(values) {
    if (values.length === 0)
        return EMPTY_SUMMARY;
    const copy = Float64Array.from(values);
    // Whole numbers (not -0) whose sum stays exact add up to the same total in any order, and selection finds the same
    // order statistics as sorting: no sort needed.
    let whole = true;
    let magnitude = 0;
    for (let i = 0; i < copy.length && whole; i++) {
        const value = copy[i];
        whole = Number.isInteger(value) && !Object.is(value, -0);
        magnitude += Math.abs(value);
    }
    if (whole && magnitude <= Number.MAX_SAFE_INTEGER)
        return summarizeInPlace(copy);
    return summarizeSorted(copy.sort());
}
/**
 * {@link summarize} of values already in ascending order (no copy, no sort): the same definitions, for callers that
 * sort once and summarize many groups ({@link summarizeGroups}). O(n) for the total.
 */
export function summarizeSorted(sorted) {
    const count = sorted.length;
    if (count === 0)
        return EMPTY_SUMMARY;
    let total = 0;
    for (let i = 0; i < count; i++)
        total += sorted[i];
    const asArray = sorted;
    return {
        count,
        mean: total / count,
        median: quantileSorted(asArray, 0.5),
        p90: quantileSorted(asArray, 0.9),
        p95: quantileSorted(asArray, 0.95),
        max: sorted[count - 1],
        total,
    };
}
const SUMMARY_PS = [0.5, 0.9, 0.95];
const MEDIAN_P = [0.5];
/** Groups up to this size are sorted by insertion rather than selected from: most resources handle a few events. */
const SMALL_GROUP = 24;
/**
 * {@link summarizeInPlace} of a small group, `values[from … from + count)`: sorted in place by insertion, the order
 * statistics read off. The same figures as selection (the same order statistics and interpolation; total and max
 * already summed in input order). O(count²) for count ≤ SMALL_GROUP: cheaper than three selections on a handful of values.
 */
function summarizeSmall(values, from, count, total, max) {
    for (let i = from + 1; i < from + count; i++) {
        const value = values[i];
        let j = i - 1;
        while (j >= from && values[j] > value) {
            values[j + 1] = values[j];
            j--;
        }
        values[j + 1] = value;
    }
    const quantile = (p) => {
        const index = (count - 1) * p;
        const lower = Math.floor(index);
        const low = values[from + lower];
        if (index === lower)
            return low;
        return low + (index - lower) * (values[from + lower + 1] - low);
    };
    return { count, mean: total / count, median: quantile(0.5), p90: quantile(0.9), p95: quantile(0.95), max, total };
}
/**
 * {@link summarizeInPlace} of `values[from … to)` (reordering that range): the same figures, without a view for the
 * small groups that most resources have. O(count) expected.
 */
export function summarizeRange(values, from, to) {
    const count = to - from;
    if (count <= 0)
        return EMPTY_SUMMARY;
    if (count > SMALL_GROUP)
        return summarizeInPlace(values.subarray(from, to));
    if (!isPlain(values, from, to))
        return summarizeInPlace(values.subarray(from, to));
    let total = 0;
    let max = -Infinity;
    for (let i = from; i < to; i++) {
        const value = values[i];
        total += value;
        if (value > max)
            max = value;
    }
    return summarizeSmall(values, from, count, total, max);
}
/**
 * No NaN and no -0 in `values[from … to)`: comparisons then order the values completely, and sorting by insertion
 * gives the order statistics selection would. Checked for small groups only (selection does not need it). O(to - from).
 */
function isPlain(values, from, to) {
    for (let i = from; i < to; i++) {
        const value = values[i];
        if (value !== value || (value === 0 && 1 / value < 0))
            return false;
    }
    return true;
}
/**
 * {@link summarize} of `values` without sorting them: the same order statistics (R type 7, as `quantileSorted`)
 * found by Floyd–Rivest selection (simple-statistics' `quickselect`), which reorders `values` in place. Mean and total
 * are summed in the input order, so they can differ from {@link summarize}'s in the last bits of a double.
 * Expected O(n): what keeps many groups (every DFG edge's waiting times) cheap.
 */
export function summarizeInPlace(values) {
    const count = values.length;
    if (count === 0)
        return EMPTY_SUMMARY;
    let total = 0;
    let max = -Infinity;
    for (let i = 0; i < count; i++) {
        const value = values[i];
        total += value;
        if (value > max)
            max = value;
    }
    return summarizeWith(values, total, max);
}
/**
 * {@link summarizeInPlace} of `values` whose total and maximum were already summed elsewhere (in the order the
 * summary should reflect): the order statistics of `values` (reordered), with `total` and `max` as given.
 */
export function summarizeWith(values, total, max) {
    const count = values.length;
    if (count === 0)
        return EMPTY_SUMMARY;
    if (count <= SMALL_GROUP && isPlain(values, 0, count))
        return summarizeSmall(values, 0, count, total, max);
    if (count >= COUNTING_MIN) {
        if (countedQuantiles(values, max, SUMMARY_PS)) {
            return { count, mean: total / count, median: COUNTED[0], p90: COUNTED[1], p95: COUNTED[2], max, total };
        }
    }
    const [median, p90, p95] = selectQuantiles(values, SUMMARY_PS);
    return { count, mean: total / count, median, p90, p95, max, total };
}
/**
 * {@link summarizeInPlace}'s median alone (the same value, bit for bit): one selection, no mean, no other quantile.
 * Reorders `values`. Expected O(n); 0 for no values, as {@link EMPTY_SUMMARY}.
 */
export function medianInPlace(values) {
    const count = values.length;
    if (count === 0)
        return 0;
    if (count <= SMALL_GROUP)
        return summarizeInPlace(values).median;
    if (count >= COUNTING_MIN) {
        let max = -Infinity;
        for (let i = 0; i < count; i++)
            if (values[i] > max)
                max = values[i];
        if (countedQuantiles(values, max, MEDIAN_P))
            return COUNTED[0];
    }
    const index = (count - 1) / 2;
    const lower = Math.floor(index);
    quickselect(values, lower, 0, count - 1);
    const low = values[lower];
    if (index === lower)
        return low;
    let high = Infinity;
    for (let i = lower + 1; i < count; i++)
        if (values[i] < high)
            high = values[i];
    return low + (index - lower) * (high - low);
}
// Scratch of the counted quantiles: typed, so that their element kinds never change between calls.
const RANKS = [new Float64Array(2), new Float64Array(4), new Float64Array(6)];
const STATISTICS = new Float64Array(6);
/** The quantiles read by the last {@link countedQuantiles} that returned true. */
const COUNTED = new Float64Array(3);
/**
 * Quantiles `ps` (ascending, at most 3) of `values`, whose largest is `max`, by {@link countedOrderStatistics} (the
 * order statistics selection would find, and the same interpolation) into {@link COUNTED}; false when the values
 * cannot be counted.
 */
function countedQuantiles(values, max, ps) {
    const last = values.length - 1;
    const ranks = RANKS[ps.length - 1];
    for (let i = 0; i < ps.length; i++) {
        const lower = Math.floor(last * ps[i]);
        ranks[2 * i] = lower;
        ranks[2 * i + 1] = Math.min(lower + 1, last);
    }
    if (!countedOrderStatistics(values, max, ranks, STATISTICS))
        return false;
    for (let i = 0; i < ps.length; i++) {
        const index = last * ps[i];
        const lower = Math.floor(index);
        const low = STATISTICS[2 * i];
        COUNTED[i] = index === lower ? low : low + (index - lower) * (STATISTICS[2 * i + 1] - low);
    }
    return true;
}
