// The inductive miner's working data: a sub-log as distinct traces with counts (PM4Py's UVCL), and the
// directly-follows graph of a sub-log over local, name-ordered activity indexes with dense adjacency tables.

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

/** Collects traces into a {@link SubLog}, merging equal ones (counts add up). */
export class SubLogBuilder {
  readonly #index = new Map<string, number>();
  readonly #traces: Int32Array[] = [];
  readonly #counts: number[] = [];

  add(trace: Int32Array, count: number): void {
    const key = trace.join(',');
    const known = this.#index.get(key);
    if (known !== undefined) {
      this.#counts[known] = (this.#counts[known] as number) + count;
      return;
    }
    this.#index.set(key, this.#traces.length);
    this.#traces.push(trace);
    this.#counts.push(count);
  }

  build(): SubLog {
    return { traces: this.#traces, counts: this.#counts };
  }
}

/** Number of cases in a sub-log. O(v). */
export function totalCount(log: SubLog): number {
  let total = 0;
  for (const c of log.counts) total += c;
  return total;
}

/** Distinct activities of a sub-log, in name order. O(events). */
export function alphabetOf(log: SubLog, context: MinerContext): number[] {
  const seen = new Set<number>();
  for (const trace of log.traces) for (const a of trace) seen.add(a);
  return [...seen].sort((a, b) => (context.rank[a] as number) - (context.rank[b] as number));
}

/**
 * A DFG over `size` local vertices. `acts[i]` is the global id of local vertex `i` (name order); `local` maps global
 * ids back (-1 when absent). `edge[i * size + j]` counts how often j directly followed i.
 */
export interface LocalDfg {
  readonly size: number;
  readonly acts: Int32Array;
  readonly local: Map<number, number>;
  readonly edge: Float64Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
}

/** True when `to` directly followed `from` (local indexes). */
export function hasEdge(dfg: LocalDfg, from: number, to: number): boolean {
  return (dfg.edge[from * dfg.size + to] as number) > 0;
}

/**
 * DFG of a sub-log with counts weighted by the trace counts (PM4Py's `discover_dfg_uvcl`). O(events + k²) for k
 * activities.
 */
export function dfgOf(log: SubLog, context: MinerContext): LocalDfg {
  const acts = Int32Array.from(alphabetOf(log, context));
  const size = acts.length;
  const local = new Map<number, number>();
  acts.forEach((a, i) => local.set(a, i));
  const edge = new Float64Array(size * size);
  const start = new Float64Array(size);
  const end = new Float64Array(size);
  log.traces.forEach((trace, t) => {
    const count = log.counts[t] as number;
    if (trace.length === 0) return;
    let previous = local.get(trace[0] as number) as number;
    start[previous] = (start[previous] as number) + count;
    for (let i = 1; i < trace.length; i++) {
      const current = local.get(trace[i] as number) as number;
      edge[previous * size + current] = (edge[previous * size + current] as number) + count;
      previous = current;
    }
    end[previous] = (end[previous] as number) + count;
  });
  return { size, acts, local, edge, start, end };
}

/**
 * The vertices that still carry information: a start, an end, or an endpoint of an edge (after noise filtering some
 * activities may have none; PM4Py's `get_vertices`). Local indexes, in name order. O(k²).
 */
export function verticesOf(dfg: LocalDfg): number[] {
  const { size, edge, start, end } = dfg;
  const used = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    if ((start[i] as number) > 0 || (end[i] as number) > 0) used[i] = 1;
    for (let j = 0; j < size; j++) {
      if ((edge[i * size + j] as number) > 0) {
        used[i] = 1;
        used[j] = 1;
      }
    }
  }
  const vertices: number[] = [];
  for (let i = 0; i < size; i++) if (used[i]) vertices.push(i);
  return vertices;
}

/** Union-find over `size` elements with path halving. */
export class UnionFind {
  readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, i) => i);
  }
  find(x: number): number {
    const parent = this.parent;
    while (parent[x] !== x) {
      parent[x] = parent[parent[x] as number] as number;
      x = parent[x] as number;
    }
    return x;
  }
  /** Joins the sets of a and b; returns the new root. */
  union(a: number, b: number): number {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[rb] = ra;
    return ra;
  }
}

/** Groups of `vertices` by union-find root, each group in name order, groups ordered by their first vertex. */
export function groupsOf(vertices: readonly number[], sets: UnionFind): number[][] {
  const byRoot = new Map<number, number[]>();
  for (const v of vertices) {
    const root = sets.find(v);
    const group = byRoot.get(root);
    if (group) group.push(v);
    else byRoot.set(root, [v]);
  }
  return [...byRoot.values()];
}

/** Global activity ids of local groups, and a global-id → group-index table (-1 for none). */
export function globalGroups(dfg: LocalDfg, groups: readonly (readonly number[])[], activityCount: number): { groups: number[][]; groupOf: Int32Array } {
  const groupOf = new Int32Array(activityCount).fill(-1);
  const result = groups.map((group, g) =>
    group.map((v) => {
      const a = dfg.acts[v] as number;
      groupOf[a] = g;
      return a;
    }),
  );
  return { groups: result, groupOf };
}
