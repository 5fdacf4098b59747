// Trace variants: the distinct activity sequences of a log with how many cases follow each. The input of the
// variants report and of the inductive miner (which works on distinct traces with counts, not on cases).
import { summarize } from '../performance/summarize.js';
const HASH_SEED = 0x811c9dc5;
function sameSequence(activity, a, b, length) {
    for (let i = 0; i < length; i++)
        if (activity[a + i] !== activity[b + i])
            return false;
    return true;
}
/**
 * The distinct traces of `log` with their counts and cases, most frequent first, ties by sequence (activity names
 * compared element by element, so the order does not depend on how the file was read).
 *
 * Cases are grouped by a 32-bit hash of their id sequence, confirmed by comparison: O(n) in events, plus
 * O(v log v) to sort the v variants.
 */
export function variantsOf(log) {
    const { activity, caseStart } = log;
    const caseTotal = log.caseIds.length;
    const byHash = new Map();
    const firstCase = [];
    const counts = [];
    const variantOfCase = new Int32Array(caseTotal);
    for (let c = 0; c < caseTotal; c++) {
        const from = caseStart[c];
        const to = caseStart[c + 1];
        let hash = HASH_SEED ^ (to - from);
        for (let e = from; e < to; e++)
            hash = Math.imul(hash ^ activity[e], 0x01000193);
        let bucket = byHash.get(hash);
        if (bucket === undefined) {
            bucket = [];
            byHash.set(hash, bucket);
        }
        let found = -1;
        for (const v of bucket) {
            const other = firstCase[v];
            const otherFrom = caseStart[other];
            if (caseStart[other + 1] - otherFrom === to - from && sameSequence(activity, from, otherFrom, to - from)) {
                found = v;
                break;
            }
        }
        if (found < 0) {
            found = firstCase.length;
            firstCase.push(c);
            counts.push(0);
            bucket.push(found);
        }
        counts[found] = counts[found] + 1;
        variantOfCase[c] = found;
    }
    const cases = counts.map((count) => new Int32Array(count));
    const filled = new Int32Array(counts.length);
    for (let c = 0; c < caseTotal; c++) {
        const v = variantOfCase[c];
        cases[v][filled[v]] = c;
        filled[v] = filled[v] + 1;
    }
    const variants = firstCase.map((c, v) => ({
        activities: activity.slice(caseStart[c], caseStart[c + 1]),
        count: counts[v],
        cases: cases[v],
    }));
    const names = log.activities.names;
    return variants.sort((a, b) => b.count - a.count || compareSequences(a.activities, b.activities, names));
}
function compareSequences(a, b, names) {
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) {
        const x = a[i];
        const y = b[i];
        if (x !== y)
            return names[x] < names[y] ? -1 : 1;
    }
    return a.length - b.length;
}
/**
 * The report rows of `variants` (as returned by {@link variantsOf}): names, share, cumulative share and median
 * throughput time. With a selection, stops after `top` rows or once the cumulative share reaches `coverage`,
 * whichever comes first. O(n log n) for the throughput medians.
 */
export function variantRows(log, variants, selection = {}) {
    const total = log.caseIds.length;
    const names = log.activities.names;
    const rows = [];
    let covered = 0;
    for (const variant of variants) {
        if (selection.top !== undefined && rows.length >= selection.top)
            break;
        if (selection.coverage !== undefined && rows.length > 0 && covered / total >= selection.coverage - 1e-12)
            break;
        covered += variant.count;
        const throughput = Float64Array.from(variant.cases, (c) => {
            const first = log.caseStart[c];
            const last = log.caseStart[c + 1] - 1;
            return (log.time[last] - log.time[first]) / 1000;
        });
        rows.push({
            activities: Array.from(variant.activities, (id) => names[id]),
            count: variant.count,
            share: variant.count / total,
            cumulativeShare: covered / total,
            medianThroughput: summarize(throughput).median,
        });
    }
    return rows;
}
