// Per directly-follows edge a → b: how often b follows a in a case, and how long the case waits in between.
import { groupScratch, startsFromCounts, summarizeLaid } from './summarize-groups.js';
/**
 * Count and waiting distribution per edge (consecutive events of a case), ranked by count (descending), then names.
 * Without start times and a calendar, mean and median equal PM4Py's performance DFG. O(n) expected.
 *
 * `activityWaits`, when given, are the waiting summaries per activity id from the same `waiting`
 * (`summarizeGroups(waiting, log.activity, size)`): an edge whose events carry every waiting figure of its target
 * activity (the only way into that step, as often in approval chains) has exactly that group of values in the same
 * order, so it takes that summary instead of selecting the same order statistics again.
 */
export function edgePerformance(log, waiting, activityWaits) {
    const size = log.activities.size;
    const { dense, edgeOf, pairs, counts, valued } = edgesOf(log, waiting);
    // An edge's values are those of a subset of its target's events: as many values means the same ones.
    const shared = pairs.map((key, id) => {
        const target = activityWaits?.[key % size];
        return target !== undefined && target.count === valued[id] ? target : null;
    });
    const starts = new Int32Array(pairs.length + 1);
    for (let id = 0; id < pairs.length; id++)
        starts[id + 1] = shared[id] ? 0 : valued[id];
    const cursor = startsFromCounts(starts);
    const laid = groupScratch(starts[pairs.length]);
    const skip = Uint8Array.from(shared, (summary) => (summary ? 1 : 0));
    if (dense)
        layDenseEdgeValues(log, dense, waiting, skip, cursor, laid);
    else
        layEdgeValues(edgeOf, waiting, skip, cursor, laid);
    const summaries = summarizeLaid(laid, starts);
    const rows = pairs.map((key, id) => ({
        from: log.activities.nameOf(Math.floor(key / size)),
        to: log.activities.nameOf(key % size),
        count: counts[id],
        waiting: shared[id] ?? summaries[id],
    }));
    const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    return rows.sort((a, b) => b.count - a.count || byName(a.from, b.from) || byName(a.to, b.to));
}
/**
 * Each edge's activity pair (from × size + to) in order of first occurrence, its count and its waiting values that
 * are not NaN. Edge ids by activity pair come from a dense table when it fits (the usual case: the second pass looks
 * them up again), else from a Map, and then the edge of every event is kept (its id, or -1 for a case's first event).
 * (Each pass over the events is a function of its own, so that the code compiled while its loop runs covers only
 * code that has run.) O(n).
 */
function edgesOf(log, waiting) {
    const size = log.activities.size;
    const { activity, caseStart } = log;
    const dense = size * size <= 1 << 22 ? new Int32Array(size * size).fill(-1) : null;
    const edgeOf = dense ? null : new Int32Array(activity.length).fill(-1);
    const ids = new Map();
    const pairs = [];
    const counts = [];
    const valued = [];
    for (let c = 0; c + 1 < caseStart.length; c++) {
        for (let e = caseStart[c] + 1; e < caseStart[c + 1]; e++) {
            const key = activity[e - 1] * size + activity[e];
            let id = dense ? dense[key] : (ids.get(key) ?? -1);
            if (id < 0) {
                id = pairs.length;
                if (dense)
                    dense[key] = id;
                else
                    ids.set(key, id);
                pairs.push(key);
                counts.push(0);
                valued.push(0);
            }
            if (edgeOf)
                edgeOf[e] = id;
            counts[id] = counts[id] + 1;
            if (!Number.isNaN(waiting[e]))
                valued[id] = valued[id] + 1;
        }
    }
    return { dense, edgeOf, pairs, counts, valued };
}
/** Each event's waiting value (not NaN) to its edge's next slot of `laid`, but for the edges to `skip`. O(n). */
function layEdgeValues(edgeOf, waiting, skip, cursor, laid) {
    for (let e = 0; e < edgeOf.length; e++) {
        const id = edgeOf[e];
        const wait = waiting[e];
        if (id < 0 || skip[id] === 1 || Number.isNaN(wait))
            continue;
        laid[cursor[id]] = wait;
        cursor[id] = cursor[id] + 1;
    }
}
/** {@link layEdgeValues} with each event's edge looked up again in the dense table of activity pairs. O(n). */
function layDenseEdgeValues(log, dense, waiting, skip, cursor, laid) {
    const size = log.activities.size;
    const { activity, caseStart } = log;
    for (let c = 0; c + 1 < caseStart.length; c++) {
        for (let e = caseStart[c] + 1; e < caseStart[c + 1]; e++) {
            const id = dense[activity[e - 1] * size + activity[e]];
            const wait = waiting[e];
            if (skip[id] === 1 || Number.isNaN(wait))
                continue;
            laid[cursor[id]] = wait;
            cursor[id] = cursor[id] + 1;
        }
    }
}
