// Exclusive-choice cut (Leemans, "Robust Process Mining with Guarantees", 2017, p. 188): the connected components of
// the undirected DFG. PM4Py's `cuts/xor.py`.
import { SubLogBuilder, UnionFind, groupsOf, structureOf, verticesOf } from './sub-log.js';
/** Components of the DFG ignoring direction, or null when there is only one. O(k · words + e) with union-find. */
export function detectXorCut(dfg) {
    const sets = new UnionFind(dfg.size);
    structureOf(dfg).successors.forEach((list, i) => {
        for (const j of list)
            sets.union(i, j);
    });
    const groups = groupsOf(verticesOf(dfg), sets);
    return groups.length > 1 ? groups : null;
}
/**
 * Each trace goes to the group holding most of its events (ties: the later group, as PM4Py), projected on that
 * group. O(events).
 */
export function projectXor(log, groupOf, groupCount) {
    const builders = Array.from({ length: groupCount }, () => new SubLogBuilder());
    const hits = new Int32Array(groupCount);
    log.traces.forEach((trace, t) => {
        hits.fill(0);
        for (const a of trace) {
            const g = groupOf[a];
            if (g >= 0)
                hits[g] = hits[g] + 1;
        }
        let best = 0;
        for (let g = 1; g < groupCount; g++)
            if (hits[g] >= hits[best])
                best = g;
        builders[best].add(trace.filter((a) => groupOf[a] === best), log.counts[t]);
    });
    return builders.map((b) => b.build());
}
