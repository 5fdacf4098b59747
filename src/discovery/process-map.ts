// The process map every renderer draws: the activities, edges and start/end arcs a DFG or a heuristics net keeps
// after simplification, with names resolved and what was hidden. One model, so text, DOT, SVG, Mermaid and JSON
// always show the same graph.

import type { Summary } from '../performance/summarize.js';
import type { Dfg, DfgEdge } from './discover-dfg.js';
import type { HeuristicsNet } from './discover-heuristics.js';
import { simplifyMap, type MapGraph, type SimplifyOptions } from './simplify-dfg.js';

/** The quantity edges are annotated and weighted by. */
export const MAP_METRICS = ['frequency', 'cases', 'mean', 'median', 'p90', 'max', 'total'] as const;
export type MapMetric = (typeof MAP_METRICS)[number];

export interface MapActivity {
  readonly name: string;
  /** Events of the activity. */
  readonly count: number;
  /** Cases in which it occurs. */
  readonly cases: number;
}

export interface MapArc {
  readonly name: string;
  readonly count: number;
}

export interface MapEdgeView {
  readonly from: string;
  readonly to: string;
  readonly count: number;
  readonly cases: number;
  readonly waiting: Summary | null;
  /** Heuristics miner only. */
  readonly dependency?: number;
}

export interface ProcessMap {
  readonly algorithm: 'dfg' | 'heuristics';
  readonly caseCount: number;
  readonly eventCount: number;
  /** Activities shown, most frequent first. */
  readonly activities: readonly MapActivity[];
  /** Edges shown, strongest first. */
  readonly edges: readonly MapEdgeView[];
  readonly start: readonly MapArc[];
  readonly end: readonly MapArc[];
  /** Heuristics miner only: pairs of outputs (splits) or inputs (joins) of an activity that run in parallel. */
  readonly parallel?: readonly MapParallel[];
  readonly hidden: {
    readonly activities: number;
    readonly activityNames: readonly string[];
    readonly edges: number;
    readonly endpointArcs: number;
    readonly events: number;
    readonly eventShare: number;
  };
}

/** Two branches after (split) or before (join) an activity that the AND measure says run in parallel. */
export interface MapParallel {
  readonly kind: 'split' | 'join';
  readonly activity: string;
  readonly branches: readonly [string, string];
  readonly measure: number;
}

type AnyEdge = DfgEdge & { readonly dependency?: number };

/** The map of a DFG: every activity, edge and start/end arc, then simplified. O((V + E)²) with simplification. */
export function dfgMap(dfg: Dfg, simplify: SimplifyOptions = {}): ProcessMap {
  const nodes: number[] = [];
  dfg.activityCounts.forEach((count, a) => {
    if (count > 0) nodes.push(a);
  });
  return buildMap('dfg', dfg, { activityCounts: dfg.activityCounts, nodes, edges: dfg.edges, start: arcs(dfg.startCounts), end: arcs(dfg.endCounts) }, simplify);
}

/** The map of a heuristics net: its nodes and causal edges; start and end arcs to its start and end activities. */
export function heuristicsMap(net: HeuristicsNet, simplify: SimplifyOptions = {}): ProcessMap {
  const isNode = new Set(net.nodes);
  const graph: MapGraph<AnyEdge> = {
    activityCounts: net.dfg.activityCounts,
    nodes: net.nodes,
    edges: net.edges,
    start: arcs(net.dfg.startCounts).filter((arc) => isNode.has(arc.activity)),
    end: arcs(net.dfg.endCounts).filter((arc) => isNode.has(arc.activity)),
  };
  const map = buildMap('heuristics', net.dfg, graph, simplify);
  const shown = new Set(map.activities.map((activity) => activity.name));
  const name = (id: number): string => net.dfg.names[id] as string;
  const parallel: MapParallel[] = [
    ...net.andSplits.map((pair) => ({ kind: 'split' as const, pair })),
    ...net.andJoins.map((pair) => ({ kind: 'join' as const, pair })),
  ]
    .map(({ kind, pair }) => ({ kind, activity: name(pair.node), branches: [name(pair.first), name(pair.second)] as const, measure: pair.measure }))
    .filter((entry) => shown.has(entry.activity) && entry.branches.every((branch) => shown.has(branch)));
  return { ...map, parallel };
}

function arcs(counts: Int32Array): { activity: number; count: number }[] {
  const result: { activity: number; count: number }[] = [];
  counts.forEach((count, activity) => {
    if (count > 0) result.push({ activity, count });
  });
  return result;
}

function buildMap(algorithm: ProcessMap['algorithm'], dfg: Dfg, graph: MapGraph<AnyEdge>, simplify: SimplifyOptions): ProcessMap {
  const { graph: kept, hidden } = simplifyMap(graph, simplify);
  const name = (id: number): string => dfg.names[id] as string;
  const byCountThenName = <T extends { count: number }>(key: (item: T) => string) => (a: T, b: T): number =>
    b.count - a.count || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  const arcView = (list: MapGraph<AnyEdge>['start']): MapArc[] =>
    list.map((arc) => ({ name: name(arc.activity), count: arc.count })).sort(byCountThenName((arc) => arc.name));
  return {
    algorithm,
    caseCount: dfg.caseCount,
    eventCount: dfg.eventCount,
    activities: kept.nodes
      .map((a) => ({ name: name(a), count: dfg.activityCounts[a] as number, cases: dfg.activityCases[a] as number }))
      .sort(byCountThenName((activity) => activity.name)),
    edges: kept.edges
      .map((edge) => ({
        from: name(edge.from),
        to: name(edge.to),
        count: edge.count,
        cases: edge.cases,
        waiting: edge.waiting,
        ...(edge.dependency !== undefined ? { dependency: edge.dependency } : {}),
      }))
      .sort(byCountThenName((edge) => `${edge.from}\u0000${edge.to}`)),
    start: arcView(kept.start),
    end: arcView(kept.end),
    hidden: { ...hidden, activities: hidden.activities.length, activityNames: hidden.activities.map(name) },
  };
}

/** The value of `metric` on an edge: a count, or a waiting-time figure in seconds (0 when not computed). */
export function edgeMetric(edge: MapEdgeView, metric: MapMetric): number {
  if (metric === 'frequency') return edge.count;
  if (metric === 'cases') return edge.cases;
  return edge.waiting?.[metric] ?? 0;
}

/** True for the metrics that are durations. */
export function isTimeMetric(metric: MapMetric): boolean {
  return metric !== 'frequency' && metric !== 'cases';
}
