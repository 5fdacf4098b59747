// The heuristics miner: keeps the directly-follows edges whose dependency measure says "a causes b" rather than
// "a and b happen to interleave", so noise and concurrency drop out of the map. Built to give the same nodes and
// edges as PM4Py's classic variant (pm4py.discover_heuristics_net) with the same thresholds.

import type { EventLog } from '../log/event-log.js';
import { discoverDfg, type Dfg, type DfgEdge } from './discover-dfg.js';

/** Thresholds of the heuristics miner; every default is PM4Py's. */
export interface HeuristicsOptions {
  /** Minimum dependency (a⇒b) for an edge to be kept. Default 0.5. */
  readonly dependency?: number;
  /** AND measure above which two outputs (or inputs) of a node are taken as parallel. Default 0.65. */
  readonly and?: number;
  /** Minimum length-two-loop measure (a b a) for the loop to be added. Default 0.5. */
  readonly loopTwo?: number;
  /** Minimum events of an activity for it to be a node. Default 1. */
  readonly minActivityCount?: number;
  /** Minimum directly-follows count of a kept edge. Default 1. */
  readonly minDfgOccurrences?: number;
  /** DFG pre-cleaning: drop a → b when its count is below this share of both endpoints' strongest edge. Default 0.05. */
  readonly dfgNoise?: number;
}

export const HEURISTICS_DEFAULTS: Required<HeuristicsOptions> = Object.freeze({
  dependency: 0.5,
  and: 0.65,
  loopTwo: 0.5,
  minActivityCount: 1,
  minDfgOccurrences: 1,
  dfgNoise: 0.05,
});

/** An edge of the heuristics net with its dependency measure (0 for edges added as length-two loops). */
export interface HeuristicsEdge extends DfgEdge {
  readonly dependency: number;
}

/** A pair of outputs (or inputs) of `node` whose AND measure reaches the threshold: they run in parallel. */
export interface AndRelation {
  readonly node: number;
  readonly first: number;
  readonly second: number;
  readonly measure: number;
}

/** A heuristics net: the activities kept as nodes, the causal edges, and the parallel pairs. */
export interface HeuristicsNet {
  readonly dfg: Dfg;
  /** Activity ids kept as nodes. */
  readonly nodes: readonly number[];
  readonly edges: readonly HeuristicsEdge[];
  readonly andSplits: readonly AndRelation[];
  readonly andJoins: readonly AndRelation[];
  readonly options: Required<HeuristicsOptions>;
}

/**
 * Heuristics miner (Weijters, van der Aalst and Alves de Medeiros, "Process mining with the HeuristicsMiner
 * algorithm", TU/e WP 166, 2006), following PM4Py 2.7's classic variant step by step:
 * 1. pre-clean the DFG: drop a → b when count(a → b) < noise × the larger count among each endpoint's edges
 *    (below the threshold of both endpoints);
 * 2. dependency a ⇒ b = (|a>b| − |b>a|) / (|a>b| + |b>a| + 1), and |a>a| / (|a>a| + 1) for self-loops;
 * 3. keep the edges with dependency, count and endpoint counts at their thresholds;
 * 4. add length-two loops (a b a patterns) between kept nodes that no dependency edge joins, with dependency 0.
 *
 * O(n) to count plus O(E + V²) over the V activities and E edges (the AND measure looks at pairs of a node's edges).
 */
export function discoverHeuristics(log: EventLog, options: HeuristicsOptions = {}): HeuristicsNet {
  const settings = { ...HEURISTICS_DEFAULTS, ...options };
  const dfg = discoverDfg(log);
  const size = dfg.names.length;
  const maxAround = new Float64Array(size).fill(-1);
  for (const edge of dfg.edges) {
    maxAround[edge.from] = Math.max(maxAround[edge.from] as number, edge.count);
    maxAround[edge.to] = Math.max(maxAround[edge.to] as number, edge.count);
  }
  const cleaned =
    settings.dfgNoise > 0
      ? dfg.edges.filter((edge) => !(edge.count < Math.min((maxAround[edge.from] as number) * settings.dfgNoise, (maxAround[edge.to] as number) * settings.dfgNoise)))
      : [...dfg.edges];
  const key = (a: number, b: number): number => a * size + b;
  const byPair = new Map<number, DfgEdge>(cleaned.map((edge) => [key(edge.from, edge.to), edge]));
  const countOf = (a: number, b: number): number => byPair.get(key(a, b))?.count ?? 0;
  const dependencyOf = (edge: DfgEdge): number => {
    if (edge.from === edge.to) return edge.count / (edge.count + 1);
    const back = countOf(edge.to, edge.from);
    return (edge.count - back) / (edge.count + back + 1);
  };
  const activityOk = (a: number): boolean => (dfg.activityCounts[a] as number) >= settings.minActivityCount;
  const isNode = new Uint8Array(size);
  const edges: HeuristicsEdge[] = [];
  for (const edge of cleaned) {
    const dependency = dependencyOf(edge);
    if (activityOk(edge.from) && activityOk(edge.to) && edge.count >= settings.minDfgOccurrences && dependency >= settings.dependency) {
      isNode[edge.from] = 1;
      isNode[edge.to] = 1;
      edges.push({ ...edge, dependency });
    }
  }
  edges.push(...lengthTwoLoops(log, dfg, settings, isNode, byPair, dependencyOf));
  if (!isNode.some((flag) => flag === 1)) dfg.activityCounts.forEach((count, a) => (isNode[a] = count > 0 ? 1 : 0));
  const nodes: number[] = [];
  isNode.forEach((flag, a) => {
    if (flag) nodes.push(a);
  });
  return { dfg, nodes, edges, ...andRelations(edges, countOf, settings.and), options: settings };
}

/** Counts of the `a b a` patterns (a ≠ b) per pair, for the length-two-loop measure. O(n). */
function lengthTwoCounts(log: EventLog, size: number): Map<number, number> {
  const triples = new Map<number, number>();
  const { activity, caseStart } = log;
  for (let c = 0; c < log.caseIds.length; c++) {
    const to = caseStart[c + 1] as number;
    for (let e = (caseStart[c] as number) + 2; e < to; e++) {
      const a = activity[e - 2] as number;
      const b = activity[e - 1] as number;
      if (a === activity[e] && a !== b) triples.set(a * size + b, (triples.get(a * size + b) ?? 0) + 1);
    }
  }
  return triples;
}

function lengthTwoLoops(
  log: EventLog,
  dfg: Dfg,
  settings: Required<HeuristicsOptions>,
  isNode: Uint8Array,
  byPair: ReadonlyMap<number, DfgEdge>,
  dependencyOf: (edge: DfgEdge) => number,
): HeuristicsEdge[] {
  const size = dfg.names.length;
  const triples = lengthTwoCounts(log, size);
  const added = new Set<number>();
  const result: HeuristicsEdge[] = [];
  const strong = (a: number, b: number): boolean => {
    const edge = byPair.get(a * size + b);
    return edge !== undefined && dependencyOf(edge) >= settings.dependency;
  };
  const ok = (a: number): boolean => (dfg.activityCounts[a] as number) >= settings.minActivityCount;
  const zeroEdge = (a: number, b: number): HeuristicsEdge => {
    const edge = byPair.get(a * size + b);
    return { from: a, to: b, count: edge?.count ?? 0, cases: edge?.cases ?? 0, waiting: edge?.waiting ?? null, dependency: 0 };
  };
  // PM4Py looks at the nodes found by the dependency step only (a snapshot: loops do not chain).
  const wasNode = isNode.slice();
  for (const [pair, aba] of triples) {
    const a = Math.floor(pair / size);
    const b = pair % size;
    if (!wasNode[a]) continue;
    const bab = triples.get(b * size + a) ?? 0;
    if ((aba + bab) / (aba + bab + 1) < settings.loopTwo) continue;
    const forward = byPair.get(a * size + b);
    if (forward === undefined || forward.count < settings.minDfgOccurrences || !ok(a) || !ok(b)) continue;
    if (strong(a, b) || strong(b, a)) continue;
    isNode[b] = 1;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      if (!added.has(x * size + y)) {
        added.add(x * size + y);
        result.push(zeroEdge(x, y));
      }
    }
  }
  return result;
}

/**
 * AND measure of two outputs b, c of a: (|b>c| + |c>b|) / (|a>b| + |a>c| + 1) (and the mirror for inputs); pairs at
 * or above the threshold are parallel branches rather than a choice.
 */
function andRelations(
  edges: readonly HeuristicsEdge[],
  countOf: (a: number, b: number) => number,
  threshold: number,
): { andSplits: AndRelation[]; andJoins: AndRelation[] } {
  const outputs = new Map<number, number[]>();
  const inputs = new Map<number, number[]>();
  for (const edge of edges) {
    outputs.set(edge.from, [...(outputs.get(edge.from) ?? []), edge.to]);
    inputs.set(edge.to, [...(inputs.get(edge.to) ?? []), edge.from]);
  }
  const pairs = (groups: Map<number, number[]>, outgoing: boolean): AndRelation[] => {
    const found: AndRelation[] = [];
    for (const [node, others] of groups) {
      for (let i = 0; i < others.length; i++) {
        for (let j = i + 1; j < others.length; j++) {
          const b = others[i] as number;
          const c = others[j] as number;
          const around = outgoing ? countOf(node, b) + countOf(node, c) : countOf(b, node) + countOf(c, node);
          const measure = (countOf(b, c) + countOf(c, b)) / (around + 1);
          if (measure >= threshold) found.push({ node, first: b, second: c, measure });
        }
      }
    }
    return found;
  };
  return { andSplits: pairs(outputs, true), andJoins: pairs(inputs, false) };
}
