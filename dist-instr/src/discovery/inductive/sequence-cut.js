// Strict sequence cut (Leemans 2017, pp. 188 and 233): activities that reach each other both ways, or neither way,
// share a group; groups are ordered by reachability; then groups that together can be skipped are merged.
// PM4Py's `cuts/sequence.py` (`StrictSequenceCut`, the default).
import { SubLogBuilder, linkedComponents, structureOf } from './sub-log.js';
/**
 * Transitive successors and predecessors as bit rows: bit j of `rows[i]` is set when j is reachable from i by one or
 * more edges, bit j of `reachedBy[i]` when i is reachable from j. Strongly connected components (Tarjan, iterative)
 * are condensed and rows OR-ed along the condensation: O((k + e) · words). Null when everything is one component
 * (then no sequence cut exists).
 */
function reachability(dfg, successors, vertices) {
    const { size, words } = dfg;
    const index = new Int32Array(size).fill(-1);
    const low = new Int32Array(size);
    const component = new Int32Array(size).fill(-1);
    const onStack = new Uint8Array(size);
    const stack = [];
    const order = [];
    let counter = 0;
    for (const root of vertices) {
        if (index[root] !== -1)
            continue;
        const work = [[root, 0]];
        index[root] = low[root] = counter++;
        stack.push(root);
        onStack[root] = 1;
        while (work.length > 0) {
            const frame = work[work.length - 1];
            const v = frame[0];
            const list = successors[v];
            if (frame[1] < list.length) {
                const w = list[frame[1]++];
                if (index[w] === -1) {
                    index[w] = low[w] = counter++;
                    stack.push(w);
                    onStack[w] = 1;
                    work.push([w, 0]);
                }
                else if (onStack[w])
                    low[v] = Math.min(low[v], index[w]);
                continue;
            }
            work.pop();
            const parent = work[work.length - 1];
            if (parent)
                low[parent[0]] = Math.min(low[parent[0]], low[v]);
            if (low[v] === index[v]) {
                const members = [];
                let w;
                do {
                    w = stack.pop();
                    onStack[w] = 0;
                    component[w] = order.length;
                    members.push(w);
                } while (w !== v);
                order.push(members);
            }
        }
    }
    if (order.length <= 1)
        return null;
    const count = order.length;
    const down = new Uint32Array(count * words);
    const up = new Uint32Array(count * words);
    const or = (target, t, source, s) => {
        for (let x = 0; x < words; x++)
            target[t * words + x] = target[t * words + x] | source[s * words + x];
    };
    const set = (target, t, bit) => {
        target[t * words + (bit >>> 5)] = target[t * words + (bit >>> 5)] | (1 << (bit & 31));
    };
    // Tarjan emits components in reverse topological order: successors' rows are complete when a component is done.
    for (let c = 0; c < count; c++) {
        for (const v of order[c]) {
            for (const w of successors[v]) {
                set(down, c, w);
                const other = component[w];
                if (other !== c)
                    or(down, c, down, other);
            }
        }
    }
    // And in topological order for predecessors.
    // Edges inside the component first, so that its row is complete before it flows on.
    for (let c = count - 1; c >= 0; c--) {
        const members = order[c];
        for (const v of members)
            for (const w of successors[v])
                if (component[w] === c)
                    set(up, c, v);
        for (const v of members) {
            for (const w of successors[v]) {
                const other = component[w];
                if (other === c)
                    continue;
                set(up, other, v);
                or(up, other, up, c);
            }
        }
    }
    const rows = new Uint32Array(size * words);
    const reachedBy = new Uint32Array(size * words);
    for (const v of vertices) {
        const c = component[v];
        rows.set(down.subarray(c * words, (c + 1) * words), v * words);
        reachedBy.set(up.subarray(c * words, (c + 1) * words), v * words);
    }
    return { rows, reachedBy };
}
const reaches = (rows, words, i, j) => ((rows[i * words + (j >>> 5)] >>> (j & 31)) & 1) === 1;
/**
 * Groups of the strict sequence cut in order, or null. Reachability by one DFS per vertex over bit rows,
 * O(k · (k + e)); grouping O(k · words) by a bitset search; the strict merging O(k · e).
 */
export function detectSequenceCut(dfg) {
    const { successors, vertices } = structureOf(dfg);
    if (vertices.length === 0)
        return null;
    const reach = reachability(dfg, successors, vertices);
    if (!reach)
        return null;
    const { rows, reachedBy } = reach;
    const { words } = dfg;
    // Same group when both reach each other or neither does: bits where the two rows agree.
    const groups = linkedComponents(vertices, dfg.size, words, (v, out) => {
        for (let w = 0; w < words; w++)
            out[w] = ~(rows[v * words + w] ^ reachedBy[v * words + w]);
    });
    if (groups.length <= 1)
        return null;
    groups.sort((g, h) => (reaches(rows, words, g[0], h[0]) ? -1 : 1));
    const strict = strictMerge(dfg, vertices, groups, successors);
    return strict.length > 1 ? strict : null;
}
function strictMerge(dfg, vertices, groups, successors) {
    const { size, start, end } = dfg;
    const count = groups.length;
    const cmap = new Int32Array(size).fill(-1);
    groups.forEach((g, i) => g.forEach((v) => (cmap[v] = i)));
    const edges = [];
    for (const a of vertices)
        for (const b of successors[a])
            edges.push([a, b]);
    const mf = groups.map((g) => (g.some((v) => start[v] > 0) ? -Infinity : Infinity));
    const mt = groups.map((g) => (g.some((v) => end[v] > 0) ? Infinity : -Infinity));
    for (const [a, b] of edges) {
        const ga = cmap[a];
        const gb = cmap[b];
        mf[gb] = Math.min(mf[gb], ga);
        mt[ga] = Math.max(mt[ga], gb);
    }
    const current = Int32Array.from(cmap);
    const skippable = (p) => {
        for (const [a, b] of edges)
            if (current[a] < p && current[b] > p)
                return true;
        for (const v of vertices) {
            if (start[v] > 0 && current[v] > p)
                return true;
            if (end[v] > 0 && current[v] < p)
                return true;
        }
        return false;
    };
    const merge = (p, q) => {
        const moved = groups[q];
        for (const v of moved)
            current[v] = p;
        groups[p].push(...moved);
        groups[q] = [];
    };
    for (let p = 0; p < count; p++) {
        if (!skippable(p))
            continue;
        for (let q = p - 1; q >= 0 && mt[q] <= p; q--)
            merge(p, q);
        for (let q = p + 1; q < count && mf[q] >= p; q++)
            merge(p, q);
    }
    return groups.filter((g) => g.length > 0);
}
/**
 * Splits each trace into one part per group where the cost (events of other groups skipped over) is least
 * (PM4Py's `_find_split_point`). O(events · groups).
 */
export function projectSequence(log, groupOf, groupCount) {
    const builders = Array.from({ length: groupCount }, () => new SubLogBuilder());
    log.traces.forEach((trace, t) => {
        let split = 0;
        for (let g = 0; g < groupCount; g++) {
            let cost = 0;
            let least = 0;
            let next = split;
            for (let i = split; i < trace.length; i++) {
                const group = groupOf[trace[i]];
                if (group === g)
                    cost--;
                else if (group > g || group < 0)
                    cost++;
                if (cost < least) {
                    least = cost;
                    next = i + 1;
                }
            }
            const part = [];
            for (let i = split; i < next; i++)
                if (groupOf[trace[i]] === g)
                    part.push(trace[i]);
            builders[g].add(Int32Array.from(part), log.counts[t]);
            split = next;
        }
    });
    return builders.map((b) => b.build());
}
