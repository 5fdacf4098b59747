// Does a series rise over time? Mann–Kendall's rank test with Sen's slope: robust to outliers and to the skew of
// waiting times, and it needs no assumption of a straight line.
//
// Called once per resource (130,000 on a 2.5M-event log with applicants as users), so the common shape is cheap: S
// and the slopes' signs are counted over runs of equal values without storing a slope, and when the middle of the
// sorted slopes falls among the zero slopes (flat series, mostly-idle queues) Sen's slope is 0 without laying them out.
import { errorFunction } from 'simple-statistics';
import { summarizeInPlace } from './summarize.js';
/** Periods needed before a trend is tested at all. */
export const MIN_TREND_PERIODS = 6;
// Scratch buffers reused by every call (the results never keep them): no allocation per test.
let slopes = new Float64Array(0);
let sorted = new Float64Array(0);
let runs = new Float64Array(0);
/** Whole numbers below this are tallied, not sorted, for the tie correction. */
const SMALL = 64;
const tally = new Int32Array(SMALL);
/** {@link countTrend}'s tally: all zeros between calls (each call clears what it counted). */
const countTally = new Int32Array(SMALL);
/**
 * Mann–Kendall trend test (Mann 1945, Kendall 1975) and Sen's slope (Sen 1968) on `values` at positions `at`
 * (period indices; gaps allowed). `rising` is p < `alpha` (default 0.05) with a positive slope. Fewer than
 * {@link MIN_TREND_PERIODS} values give p = 1 and `rising` false. O(m²) time for m values in general, O(m + runs²) when the
 * median slope is 0 (queues idle or steady for runs of periods); O(m²) scratch only then, reused between calls.
 */
export function trendTest(at, values, alpha = 0.05) {
    const m = values.length;
    if (m < MIN_TREND_PERIODS)
        return { test: 'mann-kendall', periods: m, slopePerPeriod: 0, tau: 0, p: 1, rising: false };
    const { s, negative, zero, signsOnly } = pairSigns(at, values);
    const pairs = (m * (m - 1)) / 2;
    const variance = (m * (m - 1) * (2 * m + 5) - tieTerm(values)) / 18;
    const z = variance > 0 ? (s > 0 ? s - 1 : s < 0 ? s + 1 : 0) / Math.sqrt(variance) : 0;
    const p = Math.min(1, Math.max(0, 1 - errorFunction(Math.abs(z) / Math.SQRT2)));
    // The median of the sorted slopes sits at (pairs - 1) / 2, between order statistics `lower` and `lower + 1`.
    const lower = Math.floor((pairs - 1) / 2);
    const upper = (pairs - 1) % 2 === 0 ? lower : lower + 1;
    const slopePerPeriod = signsOnly && negative <= lower && upper < negative + zero ? 0 : medianSlope(at, values, pairs);
    return { test: 'mann-kendall', periods: m, slopePerPeriod, tau: s / pairs, p, rising: p < alpha && slopePerPeriod > 0 };
}
/** The outcome of every series too short to test, by length: shared (frozen), not built per call. */
const UNTESTED = Array.from({ length: MIN_TREND_PERIODS }, (_, m) => Object.freeze({ test: 'mann-kendall', periods: m, slopePerPeriod: 0, tau: 0, p: 1, rising: false }));
/**
 * {@link trendTest} of whole-number counts `counts[start … start + m)` at consecutive positions (a resource's cases in
 * hand over its active periods), without a view or a positions array per call: the same figures, bit for bit. Such a
 * series is never shortcut-unsafe (finite, no -0, strictly increasing positions), so S, the slopes' signs and the
 * tie term come from one pass over its runs of equal values. Series shorter than {@link MIN_TREND_PERIODS} get one
 * shared frozen result. O(m + runs²), plus O(m²) when the median slope is not among the zero slopes.
 */
export function countTrend(counts, start, m, alpha = 0.05) {
    if (m < MIN_TREND_PERIODS)
        return UNTESTED[m];
    if (runs.length < 2 * m)
        runs = new Float64Array(Math.max(2 * m, runs.length * 2));
    let count = 0;
    let previous = NaN;
    for (let i = start; i < start + m; i++) {
        const value = counts[i];
        if (value === previous)
            runs[2 * count - 1] = runs[2 * count - 1] + 1;
        else {
            runs[2 * count] = previous = value;
            runs[2 * count + 1] = 1;
            count++;
        }
    }
    let positive = 0;
    let negative = 0;
    let zero = 0;
    let small = true; // every value a tally index: the tie term is read off the tally
    for (let a = 0; a < count; a++) {
        const value = runs[2 * a];
        const length = runs[2 * a + 1];
        zero += (length * (length - 1)) / 2;
        if (value >= 0 && value < SMALL)
            countTally[value] = countTally[value] + length;
        else
            small = false;
        for (let b = a + 1; b < count; b++) {
            const pairs = length * runs[2 * b + 1];
            const later = runs[2 * b];
            if (later > value)
                positive += pairs;
            else if (later < value)
                negative += pairs;
            else
                zero += pairs;
        }
    }
    // Σ t(t-1)(2t+5) over the distinct values: whole numbers, so the order of the sum does not change it.
    let term = 0;
    for (let a = 0; a < count; a++) {
        const value = runs[2 * a];
        if (!(value >= 0 && value < SMALL))
            continue;
        const t = countTally[value];
        term += t * (t - 1) * (2 * t + 5);
        countTally[value] = 0;
    }
    if (!small)
        term = tieTerm(counts.subarray(start, start + m));
    const s = positive - negative;
    const pairs = (m * (m - 1)) / 2;
    const variance = (m * (m - 1) * (2 * m + 5) - term) / 18;
    const z = variance > 0 ? (s > 0 ? s - 1 : s < 0 ? s + 1 : 0) / Math.sqrt(variance) : 0;
    const p = Math.min(1, Math.max(0, 1 - errorFunction(Math.abs(z) / Math.SQRT2)));
    const lower = Math.floor((pairs - 1) / 2);
    const upper = (pairs - 1) % 2 === 0 ? lower : lower + 1;
    const slopePerPeriod = negative <= lower && upper < negative + zero ? 0 : medianCountSlope(counts, start, m, pairs);
    return { test: 'mann-kendall', periods: m, slopePerPeriod, tau: s / pairs, p, rising: p < alpha && slopePerPeriod > 0 };
}
/** {@link medianSlope} of `counts[start … start + m)` at consecutive positions: the same slopes in the same order. O(m²). */
function medianCountSlope(counts, start, m, pairs) {
    if (slopes.length < pairs)
        slopes = new Float64Array(Math.max(pairs, slopes.length * 2));
    let k = 0;
    for (let i = 0; i < m; i++) {
        const value = counts[start + i];
        for (let j = i + 1; j < m; j++)
            slopes[k++] = (counts[start + j] - value) / (j - i);
    }
    return summarizeInPlace(slopes.subarray(0, pairs)).median;
}
/**
 * Mann–Kendall's S and how many pairwise slopes are negative and zero. `signsOnly` is false when the counts cannot
 * stand for the slopes' order (positions not strictly increasing, a NaN or a -0): the caller then sorts them out.
 * Works on runs of equal consecutive values (a queue is idle for weeks at a time): every pair across two runs has the
 * same sign, pairs inside a run are ties. O(m + runs²).
 */
function pairSigns(at, values) {
    const m = values.length;
    if (runs.length < 2 * m)
        runs = new Float64Array(Math.max(2 * m, runs.length * 2));
    let signsOnly = true;
    let count = 0; // runs: value at 2k, length at 2k + 1
    for (let i = 0; i < m; i++) {
        const value = values[i];
        if (i + 1 < m && !(at[i + 1] > at[i]))
            signsOnly = false;
        // ∞ - ∞ and NaN make NaN differences: S as Math.sign sums them, and no shortcut.
        if (!Number.isFinite(value))
            return { s: signSum(values), negative: 0, zero: 0, signsOnly: false };
        // A -0 slope would sort before the +0 ones.
        if (Object.is(value, -0))
            signsOnly = false;
        if (count > 0 && runs[2 * count - 2] === value)
            runs[2 * count - 1] = runs[2 * count - 1] + 1;
        else {
            runs[2 * count] = value;
            runs[2 * count + 1] = 1;
            count++;
        }
    }
    let positive = 0;
    let negative = 0;
    let zero = 0;
    let smallest = Infinity;
    for (let a = 0; a < count; a++) {
        const value = runs[2 * a];
        const length = runs[2 * a + 1];
        zero += (length * (length - 1)) / 2;
        for (let b = a + 1; b < count; b++) {
            const pairs = length * runs[2 * b + 1];
            const later = runs[2 * b];
            if (later > value)
                positive += pairs;
            else if (later < value)
                negative += pairs;
            else
                zero += pairs;
            if (later !== value)
                smallest = Math.min(smallest, Math.abs(later - value));
        }
    }
    // A difference so small that dividing it by the positions underflows gives a ±0 slope: no shortcut then.
    if (!(smallest / (at[m - 1] - at[0]) > 0))
        signsOnly = false;
    return { s: positive - negative, negative, zero, signsOnly };
}
/** Mann–Kendall's S pair by pair, for series with infinities or NaN. O(m²). */
function signSum(values) {
    let s = 0;
    for (let i = 0; i < values.length; i++)
        for (let j = i + 1; j < values.length; j++)
            s += Math.sign(values[j] - values[i]);
    return s;
}
/** Σ t(t-1)(2t+5) over groups of t equal values (NaNs form one group, as in a Map). O(m) for small whole numbers, else O(m log m). */
function tieTerm(values) {
    const m = values.length;
    let small = true;
    for (let i = 0; i < m && small; i++) {
        const value = values[i];
        small = value >= 0 && value < SMALL && Number.isInteger(value);
    }
    let term = 0;
    if (small) {
        // Counts such as cases in hand: tally them instead of sorting.
        tally.fill(0);
        for (let i = 0; i < m; i++)
            tally[values[i]] = tally[values[i]] + 1;
        for (let v = 0; v < SMALL; v++) {
            const t = tally[v];
            term += t * (t - 1) * (2 * t + 5);
        }
        return term;
    }
    if (sorted.length < m)
        sorted = new Float64Array(Math.max(m, sorted.length * 2));
    const view = sorted.subarray(0, m);
    for (let i = 0; i < m; i++)
        view[i] = values[i];
    view.sort();
    let run = 1;
    for (let i = 1; i <= m; i++) {
        const previous = view[i - 1];
        const current = i < m ? view[i] : undefined;
        if (current !== undefined && (current === previous || (current !== current && previous !== previous)))
            run++;
        else {
            term += run * (run - 1) * (2 * run + 5);
            run = 1;
        }
    }
    return term;
}
/** Sen's slope the general way: every pairwise slope laid out, the median found by selection. O(m²) expected. */
function medianSlope(at, values, pairs) {
    if (slopes.length < pairs)
        slopes = new Float64Array(Math.max(pairs, slopes.length * 2));
    const m = values.length;
    let k = 0;
    for (let i = 0; i < m; i++) {
        for (let j = i + 1; j < m; j++)
            slopes[k++] = (values[j] - values[i]) / (at[j] - at[i]);
    }
    return summarizeInPlace(slopes.subarray(0, pairs)).median;
}
