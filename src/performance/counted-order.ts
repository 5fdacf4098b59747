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

function gcd(a: number, b: number): number {
  while (b > 0) {
    const rest = a % b;
    a = b;
    b = rest;
  }
  return a;
}

/**
 * The order statistics of `values` at `ranks` (0-based, ascending, each < values.length), `max` being the largest
 * value, when they can be counted: every value a whole number ≥ 0 (not -0), all multiples of the greatest common
 * divisor of the first non-zero ones, over at most {@link BINS_PER_VALUE} bins per value. `null` when they cannot (the
 * caller selects). Does not reorder `values`. O(n + max / step).
 */
export function countedOrderStatistics(values: Float64Array, max: number, ranks: readonly number[]): number[] | null {
  const count = values.length;
  if (!(max >= 0 && max <= Number.MAX_SAFE_INTEGER) || count === 0) return null;
  let step = 0;
  for (let i = 0, seen = 0; i < count && seen < STEP_SAMPLE; i++) {
    const value = values[i] as number;
    if (!Number.isInteger(value) || value < 0) return null;
    if (value > 0) {
      step = gcd(value, step);
      seen++;
    }
  }
  if (step === 0) step = 1; // no non-zero value sampled: every value must be a whole number
  const size = Math.floor(max / step) + 1;
  if (size > BINS_PER_VALUE * count || size > MAX_BINS) return null;
  if (bins.length < size) bins = new Int32Array(Math.max(size, Math.min(MAX_BINS, bins.length * 2)));
  const inverse = 1 / step;
  for (let i = 0; i < count; i++) {
    const value = values[i] as number;
    // The nearest bin (rounded; every multiple of the step below `max` is under 2^31 here). A value that is not
    // exactly step × its bin within the bins (below zero, above `max`, NaN, ±∞, a fraction), or -0: leave it to
    // selection.
    const bin = (value * inverse + 0.5) | 0;
    if (bin * step !== value || bin >= size || (bin === 0 && 1 / value < 0)) {
      bins.fill(0, 0, size);
      return null;
    }
    bins[bin] = (bins[bin] as number) + 1;
  }
  const statistics: number[] = [];
  let bin = 0;
  let below = 0; // values in the bins before `bin`
  for (const rank of ranks) {
    while (below + (bins[bin] as number) <= rank) below += bins[bin++] as number;
    statistics.push(bin * step);
  }
  bins.fill(0, 0, size);
  return statistics;
}
