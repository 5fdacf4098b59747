// Order statistics by counting. Durations in a log stamped to the minute (or the second) are whole multiples of one
// step over a range of a few ten thousand steps: for a large group of them, one pass counting each value into its
// bin (value / step) and one walk over the bins find every quantile, where selection moves the values around once per
// quantile. The figures are those of selection, bit for bit: each statistic read off is step × its bin, which is
// exactly the value counted there.
/** Groups smaller than this are left to selection: a handful of values does not pay for walking the bins. */
export const COUNTING_MIN = 1024;
/** Bins allowed per value counted: beyond it, walking the bins costs more than selection saves. */
const BINS_PER_VALUE = 4;
/** At most this many bins (16 MB), however large the group. */
const MAX_BINS = 1 << 22;
/** Values looked at to find the step (their greatest common divisor), before every value is checked against it. */
const STEP_SAMPLE = 64;
let bins = new Int32Array(0); // all zeros between calls
function gcd(a, b) {
    while (b > 0) {
        const rest = a % b;
        a = b;
        b = rest;
    }
    return a;
}
/**
 * The order statistics of `values` at `ranks` (0-based, ascending, each < values.length) written to `out` (same
 * indices), `max` being the largest value, when they can be counted: every value a whole number ≥ 0 (not -0), all
 * multiples of the greatest common divisor of the first non-zero ones, over at most {@link BINS_PER_VALUE} bins per
 * value. False when they cannot (the caller selects). Does not reorder `values`. O(n + max / step).
 */
export function countedOrderStatistics(values, max, ranks, out) {
    const step = stepOf(values, max);
    if (step === 0)
        return false;
    const size = Math.floor(max / step) + 1;
    if (!countBins(values, step, size))
        return false;
    // Each statistic is the bin where the running count passes its rank.
    let bin = 0;
    let below = 0; // values in the bins before `bin`
    for (let i = 0; i < ranks.length; i++) {
        while (below + bins[bin] <= ranks[i])
            below += bins[bin++];
        out[i] = bin * step;
    }
    bins.fill(0, 0, size);
    return true;
}
/**
 * The greatest common divisor of the first non-zero values (1 when all those looked at are 0), or 0 when the values
 * cannot be counted: not all whole numbers ≥ 0 there, or too many bins. (Each loop over the values is a function of
 * its own, so that the code compiled while it runs covers only code that has run.)
 */
function stepOf(values, max) {
    const count = values.length;
    if (!(max >= 0 && max <= Number.MAX_SAFE_INTEGER) || count === 0)
        return 0;
    let step = 0;
    for (let i = 0, seen = 0; i < count && seen < STEP_SAMPLE; i++) {
        const value = values[i];
        if (!Number.isInteger(value) || value < 0)
            return 0;
        if (value > 0) {
            step = gcd(value, step);
            seen++;
        }
    }
    if (step === 0)
        step = 1;
    const size = Math.floor(max / step) + 1;
    return size > BINS_PER_VALUE * count || size > MAX_BINS ? 0 : step;
}
/** Index of the 32-bit word holding a double's sign within its 8 bytes (1 on little-endian machines). */
const SIGN_WORD = new Uint8Array(new Float64Array([-0]).buffer)[7] === 0x80 ? 1 : 0;
/** Counts each value into bin value / step (of `size`); false, with the bins left clean, when one does not fit. */
function countBins(values, step, size) {
    if (bins.length < size)
        bins = new Int32Array(Math.max(size, Math.min(MAX_BINS, bins.length * 2)));
    const inverse = 1 / step;
    // The doubles' sign words, OR-ed: a -0 (the one negative value that passes the test below) sets the sign bit.
    const words = new Int32Array(values.buffer, values.byteOffset, 2 * values.length);
    let signs = 0;
    for (let i = 0; i < values.length; i++) {
        const value = values[i];
        // The nearest bin (rounded; every multiple of the step below `max` is under 2^31 here). A value that is not
        // exactly step × its bin within the bins (below zero, above `max`, NaN, ±∞, a fraction): leave it to selection.
        const bin = (value * inverse + 0.5) | 0;
        if (bin * step !== value || bin >= size) {
            bins.fill(0, 0, size);
            return false;
        }
        signs |= words[2 * i + SIGN_WORD];
        bins[bin] = bins[bin] + 1;
    }
    if (signs < 0)
        bins.fill(0, 0, size); // a -0: selection decides which zero the statistics are
    return signs >= 0;
}
