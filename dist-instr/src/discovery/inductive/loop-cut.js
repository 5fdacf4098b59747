// Loop cut (Leemans 2017, p. 190): start and end activities form the body ("do"); the components of the rest are
// redo parts, unless they are entered from a start activity, leave to an end activity, or do not connect from
// every end activity and to every start activity. PM4Py's `cuts/loop.py`.
import { SubLogBuilder, UnionFind, structureOf } from './sub-log.js';
/** Body first, then the redo groups; null when no loop cut exists. O(k²). */
export function detectLoopCut(dfg) {
    const { size, start, end } = dfg;
    const { vertices, successors, incoming } = structureOf(dfg);
    if (successors.every((list) => list.length === 0))
        return null;
    const isStart = (v) => start[v] > 0;
    const isEnd = (v) => end[v] > 0;
    const starts = vertices.filter(isStart);
    const ends = vertices.filter(isEnd);
    const inner = vertices.filter((v) => !isStart(v) && !isEnd(v));
    const sets = new UnionFind(size);
    for (const a of inner)
        for (const b of successors[a])
            if (!isStart(b) && !isEnd(b))
                sets.union(a, b);
    // Group index per vertex: 0 is the body.
    const group = new Int32Array(size).fill(-1);
    for (const v of vertices)
        if (isStart(v) || isEnd(v))
            group[v] = 0;
    const roots = new Map();
    for (const v of inner) {
        const root = sets.find(v);
        let g = roots.get(root);
        if (g === undefined) {
            g = roots.size + 1;
            roots.set(root, g);
        }
        group[v] = g;
    }
    const members = Array.from({ length: roots.size + 1 }, () => []);
    for (const v of inner)
        members[group[v]].push(v);
    const toBody = (g) => {
        if (g <= 0)
            return;
        for (const v of members[g])
            group[v] = 0;
        members[g] = [];
    };
    // A redo part entered from a start activity that is not an end, or leaving to an end that is not a start, is body.
    for (const a of starts)
        if (!isEnd(a))
            for (const b of successors[a])
                toBody(group[b]);
    const { words } = dfg;
    for (const b of ends) {
        if (isStart(b))
            continue;
        for (let w = 0; w < words; w++) {
            let bits = incoming[b * words + w];
            while (bits !== 0) {
                const low = bits & -bits;
                toBody(group[(w << 5) + (31 - Math.clz32(low))]);
                bits ^= low;
            }
        }
    }
    // A redo part must go back to every start activity and be reached from every end activity.
    // Bitset tests: a's successors meet the starts but do not cover them (likewise predecessors and ends).
    const { adjacency } = dfg;
    const startBits = new Uint32Array(words);
    const endBits = new Uint32Array(words);
    for (const v of starts)
        startBits[v >>> 5] = startBits[v >>> 5] | (1 << (v & 31));
    for (const v of ends)
        endBits[v >>> 5] = endBits[v >>> 5] | (1 << (v & 31));
    const partial = (rows, a, target) => {
        let meets = false;
        let covers = true;
        for (let w = 0; w < words; w++) {
            const hit = (rows[a * words + w] & target[w]) >>> 0;
            if (hit !== 0)
                meets = true;
            if (hit !== target[w])
                covers = false;
        }
        return meets && !covers;
    };
    for (let g = 1; g <= roots.size; g++)
        if (members[g].some((a) => partial(adjacency, a, startBits)))
            toBody(g);
    for (let g = 1; g <= roots.size; g++)
        if (members[g].some((a) => partial(incoming, a, endBits)))
            toBody(g);
    const groups = Array.from({ length: roots.size + 1 }, () => []);
    for (const v of vertices)
        groups[group[v]].push(v);
    const result = groups.filter((g) => g.length > 0);
    return result.length > 1 && groups[0].length > 0 ? result : null;
}
/**
 * Cuts each trace into body and redo runs: body runs go to the body log, each redo run to the redo group sharing
 * most distinct activities with it (ties: the later group). O(events · groups).
 */
export function projectLoop(log, groupOf, groupCount) {
    const builders = Array.from({ length: groupCount }, () => new SubLogBuilder());
    const overlap = new Int32Array(groupCount);
    const pushRedo = (run, count) => {
        overlap.fill(0);
        for (const a of new Set(run)) {
            const g = groupOf[a];
            if (g > 0)
                overlap[g] = overlap[g] + 1;
        }
        let best = 1;
        for (let g = 2; g < groupCount; g++)
            if (overlap[g] >= overlap[best])
                best = g;
        builders[best].add(Int32Array.from(run), count);
    };
    log.traces.forEach((trace, t) => {
        const count = log.counts[t];
        let body = [];
        let redo = [];
        for (const a of trace) {
            const g = groupOf[a];
            if (g === 0) {
                body.push(a);
                if (redo.length > 0) {
                    pushRedo(redo, count);
                    redo = [];
                }
            }
            else if (g > 0) {
                redo.push(a);
                if (body.length > 0) {
                    builders[0].add(Int32Array.from(body), count);
                    body = [];
                }
            }
        }
        if (redo.length > 0)
            pushRedo(redo, count);
        builders[0].add(Int32Array.from(body), count);
    });
    return builders.map((b) => b.build());
}
