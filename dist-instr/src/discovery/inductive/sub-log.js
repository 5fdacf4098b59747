// The inductive miner's working data: a sub-log as distinct traces with counts (PM4Py's UVCL), and the
// directly-follows graph of a sub-log over local, name-ordered activity indexes with dense adjacency tables.
/** Collects traces into a {@link SubLog}, merging equal ones (counts add up). Traces are bucketed by a 32-bit hash. */
export class SubLogBuilder {
    #buckets = new Map();
    #traces = [];
    #counts = [];
    add(trace, count) {
        let hash = 0x811c9dc5 ^ trace.length;
        for (let i = 0; i < trace.length; i++)
            hash = Math.imul(hash ^ trace[i], 0x01000193);
        let bucket = this.#buckets.get(hash);
        if (bucket === undefined) {
            bucket = [];
            this.#buckets.set(hash, bucket);
        }
        for (const index of bucket) {
            if (sameTrace(this.#traces[index], trace)) {
                this.#counts[index] = this.#counts[index] + count;
                return;
            }
        }
        bucket.push(this.#traces.length);
        this.#traces.push(trace);
        this.#counts.push(count);
    }
    build() {
        return { traces: this.#traces, counts: this.#counts };
    }
}
function sameTrace(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
/** Number of cases in a sub-log. O(v). */
export function totalCount(log) {
    let total = 0;
    for (const c of log.counts)
        total += c;
    return total;
}
/** Distinct activities of a sub-log, in name order. O(events). */
export function alphabetOf(log, context) {
    const seen = new Set();
    for (const trace of log.traces)
        for (const a of trace)
            seen.add(a);
    return [...seen].sort((a, b) => context.rank[a] - context.rank[b]);
}
/** True when `to` directly followed `from` (local indexes). O(1). */
export function hasEdge(dfg, from, to) {
    return ((dfg.adjacency[from * dfg.words + (to >>> 5)] >>> (to & 31)) & 1) === 1;
}
/** Adds the edge from → to. */
export function setEdge(adjacency, words, from, to) {
    const w = from * words + (to >>> 5);
    adjacency[w] = adjacency[w] | (1 << (to & 31));
}
/** Successor lists of every vertex, by scanning the bit rows. O(k · words + e). */
export function successorsOf(dfg) {
    const { size, words, adjacency } = dfg;
    const result = [];
    for (let i = 0; i < size; i++) {
        const list = [];
        for (let w = 0; w < words; w++) {
            let bits = adjacency[i * words + w];
            while (bits !== 0) {
                const low = bits & -bits;
                list.push((w << 5) + (31 - Math.clz32(low)));
                bits ^= low;
            }
        }
        result.push(list);
    }
    return result;
}
/**
 * DFG of a sub-log with counts weighted by the trace counts (PM4Py's `discover_dfg_uvcl`). O(events + k²) for k
 * activities.
 */
export function dfgOf(log, context) {
    const acts = Int32Array.from(alphabetOf(log, context));
    const size = acts.length;
    const words = (size + 31) >>> 5;
    const local = new Map();
    acts.forEach((a, i) => local.set(a, i));
    const counts = new Float64Array(size * size);
    const adjacency = new Uint32Array(size * words);
    const start = new Float64Array(size);
    const end = new Float64Array(size);
    log.traces.forEach((trace, t) => {
        const count = log.counts[t];
        if (trace.length === 0)
            return;
        let previous = local.get(trace[0]);
        start[previous] = start[previous] + count;
        for (let i = 1; i < trace.length; i++) {
            const current = local.get(trace[i]);
            counts[previous * size + current] = counts[previous * size + current] + count;
            setEdge(adjacency, words, previous, current);
            previous = current;
        }
        end[previous] = end[previous] + count;
    });
    return { size, words, acts, local, adjacency, counts, start, end };
}
const structures = new WeakMap();
/** Successor lists, vertices and predecessor rows of `dfg`, memoized. O(k · words + e) the first time. */
export function structureOf(dfg) {
    let known = structures.get(dfg);
    if (known)
        return known;
    const successors = successorsOf(dfg);
    const { size, words, start, end } = dfg;
    const incoming = new Uint32Array(size * words);
    const used = new Uint8Array(size);
    successors.forEach((list, i) => {
        if (list.length > 0)
            used[i] = 1;
        for (const j of list) {
            used[j] = 1;
            incoming[j * words + (i >>> 5)] = incoming[j * words + (i >>> 5)] | (1 << (i & 31));
        }
    });
    const vertices = [];
    for (let i = 0; i < size; i++)
        if (used[i] || start[i] > 0 || end[i] > 0)
            vertices.push(i);
    known = { successors, vertices, incoming };
    structures.set(dfg, known);
    return known;
}
/**
 * The vertices that still carry information: a start, an end, or an endpoint of an edge (after noise filtering some
 * activities may have none; PM4Py's `get_vertices`). Local indexes, in name order. O(k · words + e).
 */
export function verticesOf(dfg) {
    return structureOf(dfg).vertices;
}
/** Union-find over `size` elements with path halving. */
export class UnionFind {
    parent;
    constructor(size) {
        this.parent = new Int32Array(size);
        for (let i = 0; i < size; i++)
            this.parent[i] = i;
    }
    find(x) {
        const parent = this.parent;
        while (parent[x] !== x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
    /** Joins the sets of a and b; returns the new root. */
    union(a, b) {
        const ra = this.find(a);
        const rb = this.find(b);
        if (ra !== rb)
            this.parent[rb] = ra;
        return ra;
    }
}
/** Groups of `vertices` by union-find root, each group in name order, groups ordered by their first vertex. */
export function groupsOf(vertices, sets) {
    const byRoot = new Map();
    for (const v of vertices) {
        const root = sets.find(v);
        const group = byRoot.get(root);
        if (group)
            group.push(v);
        else
            byRoot.set(root, [v]);
    }
    return [...byRoot.values()];
}
/** Global activity ids of local groups, and a global-id → group-index table (-1 for none). */
export function globalGroups(dfg, groups, activityCount) {
    const groupOf = new Int32Array(activityCount).fill(-1);
    const result = groups.map((group, g) => group.map((v) => {
        const a = dfg.acts[v];
        groupOf[a] = g;
        return a;
    }));
    return { groups: result, groupOf };
}
/** Transposed bit rows: bit i of row j is set when `rows` has bit j of row i. O(k · words + set bits). */
export function transposeRows(rows, size, words) {
    const result = new Uint32Array(size * words);
    for (let i = 0; i < size; i++) {
        for (let w = 0; w < words; w++) {
            let bits = rows[i * words + w];
            while (bits !== 0) {
                const low = bits & -bits;
                const j = (w << 5) + (31 - Math.clz32(low));
                result[j * words + (i >>> 5)] = result[j * words + (i >>> 5)] | (1 << (i & 31));
                bits ^= low;
            }
        }
    }
    return result;
}
/**
 * Connected components of the graph on `vertices` where v and w are linked when bit w of `linked(v)` is set (the
 * relation must be symmetric). A breadth-first search over a bitset of unvisited vertices, so dense relations cost
 * O(k · words) rather than O(k²). Each group in name order, groups ordered by their first vertex.
 */
export function linkedComponents(vertices, size, words, linked) {
    const unvisited = new Uint32Array(words);
    for (const v of vertices)
        unvisited[v >>> 5] = unvisited[v >>> 5] | (1 << (v & 31));
    const mask = new Uint32Array(words);
    const groups = [];
    const queue = new Int32Array(size);
    for (const root of vertices) {
        if ((unvisited[root >>> 5] & (1 << (root & 31))) === 0)
            continue;
        unvisited[root >>> 5] = unvisited[root >>> 5] & ~(1 << (root & 31));
        let head = 0;
        let tail = 0;
        queue[tail++] = root;
        const group = [];
        while (head < tail) {
            const v = queue[head++];
            group.push(v);
            linked(v, mask);
            for (let w = 0; w < words; w++) {
                let bits = mask[w] & unvisited[w];
                if (bits === 0)
                    continue;
                unvisited[w] = unvisited[w] & ~bits;
                while (bits !== 0) {
                    const low = bits & -bits;
                    queue[tail++] = (w << 5) + (31 - Math.clz32(low));
                    bits ^= low;
                }
            }
        }
        groups.push(group.sort((a, b) => a - b));
    }
    return groups;
}
