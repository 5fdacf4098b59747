// The directly-follows graph (DFG): which step follows which within a case, how often, in how many cases, and how
// long the wait between them was. The process map and the heuristics miner are built on it.
import { summarizeInPlace } from '../performance/summarize.js';
/**
 * Directly-follows graph of `log` (van der Aalst, Process Mining, 2016, ch. 6; the same relation as PM4Py's
 * `discover_dfg`, with the same event order within a case). Edges are keyed by integer pairs of activity ids.
 *
 * O(n) expected: waiting-time quantiles come from selection ({@link summarizeInPlace}), not sorting.
 */
export function discoverDfg(log, options = {}) {
    const { activity, caseStart } = log;
    const size = log.activities.size;
    const caseTotal = log.caseIds.length;
    const activityCounts = new Int32Array(size);
    const activityCases = new Int32Array(size);
    const activityLastCase = new Int32Array(size).fill(-1);
    const startCounts = new Int32Array(size);
    const endCounts = new Int32Array(size);
    // Edge index per key `a * size + b`: a dense table when it is small, a Map otherwise.
    const dense = size <= 2048 ? new Int32Array(size * size).fill(-1) : null;
    const sparse = dense ? null : new Map();
    const edgeFrom = [];
    const edgeTo = [];
    const edgeCount = [];
    const edgeCases = [];
    const edgeLastCase = [];
    const edgeOfStep = new Int32Array(Math.max(0, activity.length - caseTotal));
    let step = 0;
    for (let c = 0; c < caseTotal; c++) {
        const from = caseStart[c];
        const to = caseStart[c + 1];
        if (to === from)
            continue;
        bump(startCounts, activity[from]);
        bump(endCounts, activity[to - 1]);
        for (let e = from; e < to; e++) {
            const b = activity[e];
            bump(activityCounts, b);
            if (activityLastCase[b] !== c) {
                activityLastCase[b] = c;
                bump(activityCases, b);
            }
            if (e === from)
                continue;
            const a = activity[e - 1];
            const key = a * size + b;
            let index = dense ? dense[key] : (sparse?.get(key) ?? -1);
            if (index < 0) {
                index = edgeFrom.length;
                if (dense)
                    dense[key] = index;
                else
                    sparse?.set(key, index);
                edgeFrom.push(a);
                edgeTo.push(b);
                edgeCount.push(0);
                edgeCases.push(0);
                edgeLastCase.push(-1);
            }
            edgeCount[index] = edgeCount[index] + 1;
            if (edgeLastCase[index] !== c) {
                edgeLastCase[index] = c;
                edgeCases[index] = edgeCases[index] + 1;
            }
            edgeOfStep[step++] = index;
        }
    }
    const waiting = options.waiting === false ? null : waitingSummaries(log, edgeOfStep, edgeCount);
    const names = log.activities.names;
    const edges = edgeFrom.map((a, i) => ({
        from: a,
        to: edgeTo[i],
        count: edgeCount[i],
        cases: edgeCases[i],
        waiting: waiting ? waiting[i] : null,
    }));
    edges.sort((x, y) => y.count - x.count || compareNames(names, x.from, y.from) || compareNames(names, x.to, y.to));
    return { names, activityCounts, activityCases, edges, startCounts, endCounts, caseCount: caseTotal, eventCount: activity.length };
}
function bump(counts, index) {
    counts[index] = counts[index] + 1;
}
function compareNames(names, a, b) {
    if (a === b)
        return 0;
    return names[a] < names[b] ? -1 : 1;
}
/**
 * Groups the durations of every step by edge (a counting sort: one flat array, each edge's durations contiguous),
 * then summarizes each group in place by selection rather than sorting.
 */
function waitingSummaries(log, edgeOfStep, edgeCount) {
    const offsets = new Int32Array(edgeCount.length + 1);
    for (let i = 0; i < edgeCount.length; i++)
        offsets[i + 1] = offsets[i] + edgeCount[i];
    const cursor = offsets.slice(0, edgeCount.length);
    const grouped = new Float64Array(edgeOfStep.length);
    const { caseStart, time } = log;
    let step = 0;
    for (let c = 0; c < log.caseIds.length; c++) {
        const to = caseStart[c + 1];
        for (let e = caseStart[c] + 1; e < to; e++) {
            const index = edgeOfStep[step++];
            grouped[cursor[index]] = (time[e] - time[e - 1]) / 1000;
            cursor[index] = cursor[index] + 1;
        }
    }
    return edgeCount.map((_, i) => summarizeInPlace(grouped.subarray(offsets[i], offsets[i + 1])));
}
/** Name/count pairs of the activities with a non-zero count, by count descending then name. */
export function namedCounts(names, counts) {
    const result = [];
    counts.forEach((count, id) => {
        if (count > 0)
            result.push({ name: names[id], count });
    });
    return result.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
