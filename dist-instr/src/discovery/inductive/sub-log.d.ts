/** Distinct traces (global activity ids) with how many cases follow each. */
export interface SubLog {
    readonly traces: readonly Int32Array[];
    readonly counts: readonly number[];
}
/** What every step of the miner shares: activity names and their rank in name order. */
export interface MinerContext {
    readonly names: readonly string[];
    /** Rank of each global activity id when names are sorted (PM4Py sorts its alphabet). */
    readonly rank: Int32Array;
}
/** Collects traces into a {@link SubLog}, merging equal ones (counts add up). Traces are bucketed by a 32-bit hash. */
export declare class SubLogBuilder {
    #private;
    add(trace: Int32Array, count: number): void;
    build(): SubLog;
}
/** Number of cases in a sub-log. O(v). */
export declare function totalCount(log: SubLog): number;
/** Distinct activities of a sub-log, in name order. O(events). */
export declare function alphabetOf(log: SubLog, context: MinerContext): number[];
/**
 * A DFG over `size` local vertices. `acts[i]` is the global id of local vertex `i` (name order); `local` maps global
 * ids back. Edges are bit rows (`words` 32-bit words per vertex) so that copying and patching a DFG is cheap;
 * `counts[i * size + j]` (only on a DFG built from a log) says how often j directly followed i.
 */
export interface LocalDfg {
    readonly size: number;
    readonly words: number;
    readonly acts: Int32Array;
    readonly local: Map<number, number>;
    readonly adjacency: Uint32Array;
    readonly counts: Float64Array | null;
    readonly start: Float64Array;
    readonly end: Float64Array;
}
/** True when `to` directly followed `from` (local indexes). O(1). */
export declare function hasEdge(dfg: LocalDfg, from: number, to: number): boolean;
/** Adds the edge from → to. */
export declare function setEdge(adjacency: Uint32Array, words: number, from: number, to: number): void;
/** Successor lists of every vertex, by scanning the bit rows. O(k · words + e). */
export declare function successorsOf(dfg: LocalDfg): number[][];
/**
 * DFG of a sub-log with counts weighted by the trace counts (PM4Py's `discover_dfg_uvcl`). O(events + k²) for k
 * activities.
 */
export declare function dfgOf(log: SubLog, context: MinerContext): LocalDfg;
/** What the cuts derive from a DFG's bit rows, computed once per DFG. */
export interface DfgStructure {
    readonly successors: readonly (readonly number[])[];
    readonly vertices: readonly number[];
    /** Predecessor bit rows (the transposed adjacency). */
    readonly incoming: Uint32Array;
}
/** Successor lists, vertices and predecessor rows of `dfg`, memoized. O(k · words + e) the first time. */
export declare function structureOf(dfg: LocalDfg): DfgStructure;
/**
 * The vertices that still carry information: a start, an end, or an endpoint of an edge (after noise filtering some
 * activities may have none; PM4Py's `get_vertices`). Local indexes, in name order. O(k · words + e).
 */
export declare function verticesOf(dfg: LocalDfg): readonly number[];
/** Union-find over `size` elements with path halving. */
export declare class UnionFind {
    readonly parent: Int32Array;
    constructor(size: number);
    find(x: number): number;
    /** Joins the sets of a and b; returns the new root. */
    union(a: number, b: number): number;
}
/** Groups of `vertices` by union-find root, each group in name order, groups ordered by their first vertex. */
export declare function groupsOf(vertices: readonly number[], sets: UnionFind): number[][];
/** Global activity ids of local groups, and a global-id → group-index table (-1 for none). */
export declare function globalGroups(dfg: LocalDfg, groups: readonly (readonly number[])[], activityCount: number): {
    groups: number[][];
    groupOf: Int32Array;
};
/** Transposed bit rows: bit i of row j is set when `rows` has bit j of row i. O(k · words + set bits). */
export declare function transposeRows(rows: Uint32Array, size: number, words: number): Uint32Array;
/**
 * Connected components of the graph on `vertices` where v and w are linked when bit w of `linked(v)` is set (the
 * relation must be symmetric). A breadth-first search over a bitset of unvisited vertices, so dense relations cost
 * O(k · words) rather than O(k²). Each group in name order, groups ordered by their first vertex.
 */
export declare function linkedComponents(vertices: readonly number[], size: number, words: number, linked: (v: number, out: Uint32Array) => void): number[][];
