// Strict sequence cut (Leemans 2017, pp. 188 and 233): activities that reach each other both ways, or neither way,
// share a group; groups are ordered by reachability; then groups that together can be skipped are merged.
// PM4Py's `cuts/sequence.py` (`StrictSequenceCut`, the default).

import { SubLogBuilder, UnionFind, groupsOf, hasEdge, verticesOf, type LocalDfg, type SubLog } from './sub-log.js';

/** Transitive successors as bit rows: bit j of row i is set when j is reachable from i by one or more edges. */
function reachability(dfg: LocalDfg): { rows: Uint32Array; words: number } {
  const { size } = dfg;
  const words = (size + 31) >>> 5;
  const rows = new Uint32Array(size * words);
  const successors: number[][] = Array.from({ length: size }, () => []);
  for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) if (hasEdge(dfg, i, j)) (successors[i] as number[]).push(j);
  const stack: number[] = [];
  for (let i = 0; i < size; i++) {
    const base = i * words;
    stack.push(...(successors[i] as number[]));
    while (stack.length > 0) {
      const j = stack.pop() as number;
      const word = base + (j >>> 5);
      const bit = 1 << (j & 31);
      if ((rows[word] as number) & bit) continue;
      rows[word] = (rows[word] as number) | bit;
      stack.push(...(successors[j] as number[]));
    }
  }
  return { rows, words };
}

const reaches = (rows: Uint32Array, words: number, i: number, j: number): boolean =>
  (((rows[i * words + (j >>> 5)] as number) >>> (j & 31)) & 1) === 1;

/**
 * Groups of the strict sequence cut in order, or null. Reachability by one DFS per vertex over bit rows,
 * O(k · (k + e)); grouping O(k²) with union-find; the strict merging O(k · e).
 */
export function detectSequenceCut(dfg: LocalDfg): number[][] | null {
  const vertices = verticesOf(dfg);
  if (vertices.length === 0) return null;
  const { rows, words } = reachability(dfg);
  const sets = new UnionFind(dfg.size);
  for (let x = 0; x < vertices.length; x++) {
    const a = vertices[x] as number;
    for (let y = x + 1; y < vertices.length; y++) {
      const b = vertices[y] as number;
      if (reaches(rows, words, a, b) === reaches(rows, words, b, a)) sets.union(a, b);
    }
  }
  const groups = groupsOf(vertices, sets);
  if (groups.length <= 1) return null;
  groups.sort((g, h) => (reaches(rows, words, g[0] as number, h[0] as number) ? -1 : 1));
  const strict = strictMerge(dfg, vertices, groups);
  return strict.length > 1 ? strict : null;
}

function strictMerge(dfg: LocalDfg, vertices: readonly number[], groups: number[][]): number[][] {
  const { size, start, end } = dfg;
  const count = groups.length;
  const cmap = new Int32Array(size).fill(-1);
  groups.forEach((g, i) => g.forEach((v) => (cmap[v] = i)));
  const edges: [number, number][] = [];
  for (const a of vertices) for (const b of vertices) if (hasEdge(dfg, a, b)) edges.push([a, b]);
  const mf = groups.map((g) => (g.some((v) => (start[v] as number) > 0) ? -Infinity : Infinity));
  const mt = groups.map((g) => (g.some((v) => (end[v] as number) > 0) ? Infinity : -Infinity));
  for (const [a, b] of edges) {
    const ga = cmap[a] as number;
    const gb = cmap[b] as number;
    mf[gb] = Math.min(mf[gb] as number, ga);
    mt[ga] = Math.max(mt[ga] as number, gb);
  }
  const current = Int32Array.from(cmap);
  const skippable = (p: number): boolean => {
    for (const [a, b] of edges) if ((current[a] as number) < p && (current[b] as number) > p) return true;
    for (const v of vertices) {
      if ((start[v] as number) > 0 && (current[v] as number) > p) return true;
      if ((end[v] as number) > 0 && (current[v] as number) < p) return true;
    }
    return false;
  };
  const merge = (p: number, q: number): void => {
    const moved = groups[q] as number[];
    for (const v of moved) current[v] = p;
    (groups[p] as number[]).push(...moved);
    groups[q] = [];
  };
  for (let p = 0; p < count; p++) {
    if (!skippable(p)) continue;
    for (let q = p - 1; q >= 0 && (mt[q] as number) <= p; q--) merge(p, q);
    for (let q = p + 1; q < count && (mf[q] as number) >= p; q++) merge(p, q);
  }
  return groups.filter((g) => g.length > 0);
}

/**
 * Splits each trace into one part per group where the cost (events of other groups skipped over) is least
 * (PM4Py's `_find_split_point`). O(events · groups).
 */
export function projectSequence(log: SubLog, groupOf: Int32Array, groupCount: number): SubLog[] {
  const builders = Array.from({ length: groupCount }, () => new SubLogBuilder());
  log.traces.forEach((trace, t) => {
    let split = 0;
    for (let g = 0; g < groupCount; g++) {
      let cost = 0;
      let least = 0;
      let next = split;
      for (let i = split; i < trace.length; i++) {
        const group = groupOf[trace[i] as number] as number;
        if (group === g) cost--;
        else if (group > g || group < 0) cost++;
        if (cost < least) {
          least = cost;
          next = i + 1;
        }
      }
      const part: number[] = [];
      for (let i = split; i < next; i++) if (groupOf[trace[i] as number] === g) part.push(trace[i] as number);
      (builders[g] as SubLogBuilder).add(Int32Array.from(part), log.counts[t] as number);
      split = next;
    }
  });
  return builders.map((b) => b.build());
}
