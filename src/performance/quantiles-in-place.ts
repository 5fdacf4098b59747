// Chosen quantiles of a list of values, for callers that report fewer figures than a whole Summary (the audit's
// what-if reports a median and a p90 per scenario, and a median saving): every quantile left out is work saved. Large
// lists are first cut by the leading bits of the doubles (one counting pass, no comparisons to mispredict), so the
// selection runs on the few values that share the wanted order statistics' leading bits.

import { quickselect } from 'simple-statistics';

/** Up to this many values are sorted by insertion, as summarizeInPlace does. */
const SMALL = 24;
/** From this many values on, the leading-bits histogram pays for its fixed cost (clearing and walking 65,536 counts). */
const RADIX_FROM = 8192;

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
/** Index of a double's high 32-bit word within its pair of words. */
const HIGH = LITTLE_ENDIAN ? 1 : 0;
const counts = new Int32Array(1 << 16);
/** Write position per leading-bits bucket while gathering, -1 for buckets not wanted; all -1 between calls. */
const cursor = new Int32Array(1 << 16).fill(-1);
let gathered = new Float64Array(0);

/**
 * The leading 16 bits of a double's high word, mapped so that unsigned order is numeric order (sign bit flipped for
 * numbers ≥ +0, every bit flipped for negative ones). -0, NaN and ±Infinity land in buckets 0x7fff, ≤ 0x000f and
 * ≥ 0xfff0, which {@link radixRanks} leaves to plain selection.
 */
function bucketOf(high: number): number {
  return (high ^ ((high >> 31) | 0x80000000)) >>> 16;
}

/**
 * {@link bucketOf} of a whole number 0 ≤ v < 2^31, from its bits rather than its double's: the exponent is 1023 plus
 * the position of its leading one, the four bits after that leading one head the mantissa. Equal to the double's
 * bucket, so whole numbers and doubles are cut alike.
 */
function bucketOfWhole(v: number): number {
  if (v === 0) return 0x8000;
  const zeros = Math.clz32(v);
  return 0x8000 | ((1054 - zeros) << 4) | (((v << zeros) << 1) >>> 28);
}

/** Sorts `values` in place by insertion. O(n²) for the few values it is used on. */
function insertionSort(values: Float64Array): void {
  for (let i = 1; i < values.length; i++) {
    const value = values[i] as number;
    let j = i - 1;
    while (j >= 0 && (values[j] as number) > value) {
      values[j + 1] = values[j] as number;
      j--;
    }
    values[j + 1] = value;
  }
}

/**
 * The order statistics at `ranks` (ascending, distinct) of `values`, without reordering it: a histogram of the
 * leading 16 bits finds each rank's bucket, one pass copies the wanted buckets out, and selection finishes inside
 * each copy. Null when a value is NaN, -0, infinite or a negative subnormal (buckets whose order the bits do not give
 * as summarizeInPlace's comparisons would), or when a whole number of an Int32Array is negative. O(n + 65,536) plus
 * selection on the wanted buckets.
 */
function radixRanks(values: Float64Array | Int32Array, ranks: readonly number[]): number[] | null {
  const count = values.length;
  const words = values instanceof Float64Array ? new Uint32Array(values.buffer, values.byteOffset, count * 2) : null;
  counts.fill(0);
  if (words) countDoubles(words, count);
  else if (!countWholes(values as Int32Array)) return null;
  let unusual = counts[0x7fff] as number;
  for (let b = 0; b < 16; b++) unusual += (counts[b] as number) + (counts[0xfff0 + b] as number);
  if (unusual > 0) return null;
  // Each rank's bucket and its rank within the bucket; the wanted buckets get consecutive places in `gathered`.
  const bucketOfRank: number[] = [];
  const localRank: number[] = [];
  const placeOf = new Map<number, { from: number; size: number }>();
  let bucket = 0;
  let before = 0;
  let size = 0;
  for (const rank of ranks) {
    while (before + (counts[bucket] as number) <= rank) before += counts[bucket++] as number;
    bucketOfRank.push(bucket);
    localRank.push(rank - before);
    if (!placeOf.has(bucket)) {
      placeOf.set(bucket, { from: size, size: counts[bucket] as number });
      size += counts[bucket] as number;
    }
  }
  if (gathered.length < size) gathered = new Float64Array(Math.max(size, gathered.length * 2));
  for (const [b, place] of placeOf) cursor[b] = place.from;
  if (words) gatherDoubles(values as Float64Array, words);
  else gatherWholes(values as Int32Array);
  for (const b of placeOf.keys()) cursor[b] = -1;
  // Ranks are ascending, so within one bucket they are too: each selection runs above the previous one.
  const result: number[] = [];
  let selectedIn = -1;
  let selected = -1;
  ranks.forEach((_, r) => {
    const b = bucketOfRank[r] as number;
    const place = placeOf.get(b) as { from: number; size: number };
    const local = localRank[r] as number;
    if (selectedIn !== b) {
      selectedIn = b;
      selected = -1;
    }
    const segment = gathered.subarray(place.from, place.from + place.size);
    if (local > selected) {
      quickselect(segment as unknown as number[], local, selected + 1, place.size - 1);
      selected = local;
    }
    result.push(segment[local] as number);
  });
  return result;
}

// The passes of radixRanks, one function per element type, so that each compiles for the one array type it reads.

function countDoubles(words: Uint32Array, count: number): void {
  for (let i = 0; i < count; i++) {
    const bucket = bucketOf(words[2 * i + HIGH] as number);
    counts[bucket] = (counts[bucket] as number) + 1;
  }
}

/** False on a negative number (the whole-number buckets are for 0 and up). */
function countWholes(values: Int32Array): boolean {
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (value < 0) return false;
    const bucket = bucketOfWhole(value);
    counts[bucket] = (counts[bucket] as number) + 1;
  }
  return true;
}

function gatherDoubles(values: Float64Array, words: Uint32Array): void {
  for (let i = 0; i < values.length; i++) {
    const b = bucketOf(words[2 * i + HIGH] as number);
    const at = cursor[b] as number;
    if (at >= 0) {
      gathered[at] = values[i] as number;
      cursor[b] = at + 1;
    }
  }
}

function gatherWholes(values: Int32Array): void {
  for (let i = 0; i < values.length; i++) {
    const b = bucketOfWhole(values[i] as number);
    const at = cursor[b] as number;
    if (at >= 0) {
      gathered[at] = values[i] as number;
      cursor[b] = at + 1;
    }
  }
}

/**
 * The order statistics of `values` at `ranks` (ascending, distinct, each below the count), leaving `values` as they
 * are: cut by leading bits from 8,192 values on ({@link radixRanks}; whole numbers of an Int32Array by the bits their
 * doubles would have), otherwise (and for values the bits cannot order) selected on a copy. For callers that must not
 * reorder a shared array. Expected O(n).
 */
export function orderStatistics(values: Float64Array | Int32Array, ranks: readonly number[]): number[] {
  if (values.length >= RADIX_FROM) {
    const found = radixRanks(values, ranks);
    if (found) return found;
  }
  const copy = Float64Array.from(values);
  let selected = -1;
  return ranks.map((rank) => {
    if (rank > selected) {
      quickselect(copy as unknown as number[], rank, selected + 1, copy.length - 1);
      selected = rank;
    }
    return copy[rank] as number;
  });
}

/**
 * The type-7 quantiles (R's default, as `quantileSorted` and {@link summarizeInPlace}) of `values` at each of `ps`,
 * which must be ascending: the same order statistics and interpolation as summarizeInPlace's median, p90 and p95.
 * Up to 24 values without NaN or -0 are sorted by insertion; 8,192 or more are cut by leading bits first
 * ({@link radixRanks}); otherwise, and for values the bits cannot order, one Floyd–Rivest selection per quantile, each
 * on the part above the previous one, as summarizeInPlace. May reorder `values`; 0 for every quantile of no values, as
 * EMPTY_SUMMARY. Expected O(n) per call.
 */
export function quantilesInPlace(values: Float64Array, ps: readonly number[]): number[] {
  const count = values.length;
  if (count === 0) return ps.map(() => 0);
  if (count >= RADIX_FROM) {
    const wanted = new Set<number>();
    for (const p of ps) {
      const index = (count - 1) * p;
      wanted.add(Math.floor(index));
      if (index !== Math.floor(index)) wanted.add(Math.floor(index) + 1);
    }
    const unique = [...wanted].sort((a, b) => a - b);
    const found = radixRanks(values, unique);
    if (found) {
      const at = new Map(unique.map((rank, i) => [rank, found[i] as number]));
      return ps.map((p) => {
        const index = (count - 1) * p;
        const lower = Math.floor(index);
        const low = at.get(lower) as number;
        return index === lower ? low : low + (index - lower) * ((at.get(lower + 1) as number) - low);
      });
    }
  }
  let plain = count <= SMALL;
  for (let i = 0; plain && i < count; i++) {
    const value = values[i] as number;
    if (value !== value || (value === 0 && 1 / value < 0)) plain = false;
  }
  if (plain) insertionSort(values);
  return selectQuantiles(values, ps, plain);
}

/**
 * The type-7 quantiles of `values` at each of `ps` (ascending) by one Floyd–Rivest selection per quantile, each on
 * the part above the previous one; the upper neighbour of an interpolated quantile is the minimum above it. With
 * `sorted` (values already in order) nothing is selected. Reorders `values`. Expected O(n) per quantile.
 */
export function selectQuantiles(values: Float64Array, ps: readonly number[], sorted = false): number[] {
  const count = values.length;
  const asArray = values as unknown as number[];
  let selected = sorted ? count - 1 : -1;
  return ps.map((p) => {
    const index = (count - 1) * p;
    const lower = Math.floor(index);
    if (lower > selected) {
      quickselect(asArray, lower, selected + 1, count - 1);
      selected = lower;
    }
    const low = values[lower] as number;
    if (index === lower) return low;
    if (sorted) return low + (index - lower) * ((values[lower + 1] as number) - low);
    // Everything after `lower` is at least as large: the next order statistic is their minimum.
    let high = Infinity;
    for (let i = lower + 1; i < count; i++) if ((values[i] as number) < high) high = values[i] as number;
    return low + (index - lower) * (high - low);
  });
}
