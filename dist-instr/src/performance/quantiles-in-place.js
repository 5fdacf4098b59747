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
function bucketOf(high) {
    return (high ^ ((high >> 31) | 0x80000000)) >>> 16;
}
/** Sorts `values` in place by insertion. O(n²) for the few values it is used on. */
function insertionSort(values) {
    for (let i = 1; i < values.length; i++) {
        const value = values[i];
        let j = i - 1;
        while (j >= 0 && values[j] > value) {
            values[j + 1] = values[j];
            j--;
        }
        values[j + 1] = value;
    }
}
/**
 * The order statistics at `ranks` (ascending, distinct) of `values`, without reordering it: a histogram of the
 * leading 16 bits finds each rank's bucket, one pass copies the wanted buckets out, and selection finishes inside
 * each copy. Null when a value is NaN, -0, infinite or a negative subnormal (buckets whose order the bits do not give
 * as summarizeInPlace's comparisons would). O(n + 65,536) plus selection on the wanted buckets.
 */
function radixRanks(values, ranks) {
    const count = values.length;
    const words = new Uint32Array(values.buffer, values.byteOffset, count * 2);
    counts.fill(0);
    for (let i = 0; i < count; i++) {
        const bucket = bucketOf(words[2 * i + HIGH]);
        counts[bucket] = counts[bucket] + 1;
    }
    let unusual = counts[0x7fff];
    for (let b = 0; b < 16; b++)
        unusual += counts[b] + counts[0xfff0 + b];
    if (unusual > 0)
        return null;
    // Each rank's bucket and its rank within the bucket; the wanted buckets get consecutive places in `gathered`.
    const bucketOfRank = [];
    const localRank = [];
    const placeOf = new Map();
    let bucket = 0;
    let before = 0;
    let size = 0;
    for (const rank of ranks) {
        while (before + counts[bucket] <= rank)
            before += counts[bucket++];
        bucketOfRank.push(bucket);
        localRank.push(rank - before);
        if (!placeOf.has(bucket)) {
            placeOf.set(bucket, { from: size, size: counts[bucket] });
            size += counts[bucket];
        }
    }
    if (gathered.length < size)
        gathered = new Float64Array(Math.max(size, gathered.length * 2));
    for (const [b, place] of placeOf)
        cursor[b] = place.from;
    for (let i = 0; i < count; i++) {
        const b = bucketOf(words[2 * i + HIGH]);
        const at = cursor[b];
        if (at >= 0) {
            gathered[at] = values[i];
            cursor[b] = at + 1;
        }
    }
    for (const b of placeOf.keys())
        cursor[b] = -1;
    // Ranks are ascending, so within one bucket they are too: each selection runs above the previous one.
    const result = [];
    let selectedIn = -1;
    let selected = -1;
    ranks.forEach((_, r) => {
        const b = bucketOfRank[r];
        const place = placeOf.get(b);
        const local = localRank[r];
        if (selectedIn !== b) {
            selectedIn = b;
            selected = -1;
        }
        const segment = gathered.subarray(place.from, place.from + place.size);
        if (local > selected) {
            quickselect(segment, local, selected + 1, place.size - 1);
            selected = local;
        }
        result.push(segment[local]);
    });
    return result;
}
/**
 * The order statistics of `values` at `ranks` (ascending, distinct, each below the count), leaving `values` as they
 * are: cut by leading bits from 8,192 values on ({@link radixRanks}), otherwise (and for values the bits cannot order)
 * selected on a copy. For callers that must not reorder a shared array. Expected O(n).
 */
export function orderStatistics(values, ranks) {
    if (values.length >= RADIX_FROM) {
        const found = radixRanks(values, ranks);
        if (found)
            return found;
    }
    const copy = Float64Array.from(values);
    let selected = -1;
    return ranks.map((rank) => {
        if (rank > selected) {
            quickselect(copy, rank, selected + 1, copy.length - 1);
            selected = rank;
        }
        return copy[rank];
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
export function quantilesInPlace(values, ps) {
    const count = values.length;
    if (count === 0)
        return ps.map(() => 0);
    if (count >= RADIX_FROM) {
        const wanted = new Set();
        for (const p of ps) {
            const index = (count - 1) * p;
            wanted.add(Math.floor(index));
            if (index !== Math.floor(index))
                wanted.add(Math.floor(index) + 1);
        }
        const unique = [...wanted].sort((a, b) => a - b);
        const found = radixRanks(values, unique);
        if (found) {
            const at = new Map(unique.map((rank, i) => [rank, found[i]]));
            return ps.map((p) => {
                const index = (count - 1) * p;
                const lower = Math.floor(index);
                const low = at.get(lower);
                return index === lower ? low : low + (index - lower) * (at.get(lower + 1) - low);
            });
        }
    }
    let plain = count <= SMALL;
    for (let i = 0; plain && i < count; i++) {
        const value = values[i];
        if (value !== value || (value === 0 && 1 / value < 0))
            plain = false;
    }
    if (plain)
        insertionSort(values);
    return selectQuantiles(values, ps, plain);
}
/**
 * The type-7 quantiles of `values` at each of `ps` (ascending) by one Floyd–Rivest selection per quantile, each on
 * the part above the previous one; the upper neighbour of an interpolated quantile is the minimum above it. With
 * `sorted` (values already in order) nothing is selected. Reorders `values`. Expected O(n) per quantile.
 */
export function selectQuantiles(values, ps, sorted = false) {
    const count = values.length;
    const asArray = values;
    let selected = sorted ? count - 1 : -1;
    return ps.map((p) => {
        const index = (count - 1) * p;
        const lower = Math.floor(index);
        if (lower > selected) {
            quickselect(asArray, lower, selected + 1, count - 1);
            selected = lower;
        }
        const low = values[lower];
        if (index === lower)
            return low;
        if (sorted)
            return low + (index - lower) * (values[lower + 1] - low);
        // Everything after `lower` is at least as large: the next order statistic is their minimum.
        let high = Infinity;
        for (let i = lower + 1; i < count; i++)
            if (values[i] < high)
                high = values[i];
        return low + (index - lower) * (high - low);
    });
}
