// Parallel cut (Leemans 2017, p. 189): activities that are not connected in both directions must be on the same
// side; every side needs a start and an end activity. PM4Py's `cuts/concurrency.py`, including the order in which
// it merges groups lacking a start or an end into a neighbour.
import { SubLogBuilder, UnionFind, groupsOf, hasEdge, linkedComponents, structureOf, verticesOf } from './sub-log.js';
/**
 * Groups of the parallel cut, or null. PM4Py merges pairs in a list, appending each merged group at the end; the
 * final order is therefore the order of each group's last merge, which we track with a time stamp per root
 * instead of moving lists around: O(k²) instead of O(k³).
 */
export function detectConcurrencyCut(dfg) {
    const vertices = [...verticesOf(dfg)];
    const k = vertices.length;
    if (k === 0)
        return null;
    // Quick test first: the groups are the components of "not connected both ways"; one component means no cut.
    const { words, adjacency, size } = dfg;
    const { incoming } = structureOf(dfg);
    const quick = linkedComponents(vertices, size, words, (v, out) => {
        for (let w = 0; w < words; w++)
            out[w] = ~(adjacency[v * words + w] & incoming[v * words + w]);
    });
    if (quick.length < 2)
        return null;
    const sets = new UnionFind(dfg.size);
    const touched = new Float64Array(dfg.size);
    vertices.forEach((v, i) => (touched[v] = i - k));
    let clock = 0;
    for (const a of vertices) {
        for (const b of vertices) {
            if (!hasEdge(dfg, a, b) || !hasEdge(dfg, b, a)) {
                const root = sets.union(a, b);
                touched[root] = clock++;
            }
        }
    }
    const lastTouched = (group) => touched[sets.find(group[0])];
    const groups = groupsOf(vertices, sets)
        .sort((x, y) => lastTouched(x) - lastTouched(y))
        .sort((x, y) => x.length - y.length);
    const complete = (g) => g.some((v) => dfg.start[v] > 0) && g.some((v) => dfg.end[v] > 0);
    let i = 0;
    while (i < groups.length && groups.length > 1) {
        const group = groups[i];
        if (complete(group)) {
            i++;
            continue;
        }
        groups.splice(i, 1);
        groups[i === 0 ? 0 : i - 1].push(...group);
    }
    return groups.length > 1 ? groups : null;
}
/**
 * Every trace projected on each group. Counts add up when projections coincide (PM4Py overwrites them, a slip that
 * only matters to IMf's noise filter). O(events · groups).
 */
export function projectConcurrency(log, groupOf, groupCount) {
    const builders = Array.from({ length: groupCount }, () => new SubLogBuilder());
    log.traces.forEach((trace, t) => {
        for (let g = 0; g < groupCount; g++) {
            builders[g].add(trace.filter((a) => groupOf[a] === g), log.counts[t]);
        }
    });
    return builders.map((b) => b.build());
}
