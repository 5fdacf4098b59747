// Simplification of a process map in the spirit of Disco's two sliders: fewer activities, fewer paths, and the
// map still reads from start to end. Works on any map over activity ids (a DFG or a heuristics net).

/** An edge between two activities with its frequency (what "strongest" means). */
export interface MapEdge {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

/** An arc from the artificial start to an activity, or from an activity to the artificial end. */
export interface EndpointArc {
  readonly activity: number;
  readonly count: number;
}

/** A process map over activity ids: nodes, edges, and arcs from the artificial start and to the artificial end. */
export interface MapGraph<E extends MapEdge> {
  /** Events per activity id (the frequency that ranks activities). */
  readonly activityCounts: Int32Array;
  readonly nodes: readonly number[];
  readonly edges: readonly E[];
  readonly start: readonly EndpointArc[];
  readonly end: readonly EndpointArc[];
}

/** Percentages of the sliders, 0–100; absent means 100 (keep everything). */
export interface SimplifyOptions {
  readonly activities?: number;
  readonly paths?: number;
}

/** What the simplification left out. */
export interface Hidden {
  /** Activity ids hidden. */
  readonly activities: readonly number[];
  /** Activity-to-activity edges hidden. */
  readonly edges: number;
  /** Start and end arcs hidden. */
  readonly endpointArcs: number;
  /** Events of the hidden activities, and their share of all events of the map's activities. */
  readonly events: number;
  readonly eventShare: number;
}

export interface Simplified<E extends MapEdge> {
  readonly graph: MapGraph<E>;
  readonly hidden: Hidden;
}

const START = -1;
const END = -2;

/**
 * Keeps the `activities`% most frequent activities and the `paths`% strongest edges (by count; start and end arcs
 * count as edges), while every kept activity stays reachable from the start and able to reach the end whenever it
 * was before. Follows PM4Py's `filter_dfg_on_activities_percentage` / `filter_dfg_on_paths_percentage` (keeping
 * all activities on the paths step, as Disco does): candidates are tried from the weakest up and only hidden when
 * the map stays connected, so the strongest edges a connection needs are the ones kept beyond the percentage.
 *
 * O((V + E)²) in the worst case: one reachability check (O(V + E)) per candidate activity or edge.
 */
export function simplifyMap<E extends MapEdge>(graph: MapGraph<E>, options: SimplifyOptions = {}): Simplified<E> {
  const connectedBefore = connectedNodes(graph.nodes, graph.edges, graph.start, graph.end);
  let current: MapGraph<E> = graph;
  const hiddenActivities: number[] = [];
  const activityShare = clampShare(options.activities);
  if (activityShare < 1 && graph.nodes.length > 1) {
    const ranked = [...graph.nodes].sort((a, b) => (graph.activityCounts[b] as number) - (graph.activityCounts[a] as number) || a - b);
    const keepCount = Math.max(1, Math.ceil(ranked.length * activityShare));
    const mustKeep = new Set(ranked.slice(0, keepCount).filter((a) => connectedBefore.has(a)));
    for (const candidate of ranked.slice(keepCount).reverse()) {
      const without = withoutActivity(current, candidate);
      if (without.edges.length > 0 && isSubset(mustKeep, connectedNodes(without.nodes, without.edges, without.start, without.end))) {
        current = without;
        hiddenActivities.push(candidate);
      }
    }
  }
  const pathShare = clampShare(options.paths);
  if (pathShare < 1) {
    const mustKeep = new Set(current.nodes.filter((a) => connectedNodes(current.nodes, current.edges, current.start, current.end).has(a)));
    type Candidate = { readonly kind: 'edge'; readonly edge: E } | { readonly kind: 'start' | 'end'; readonly arc: EndpointArc };
    const all: Candidate[] = [
      ...current.edges.map((edge): Candidate => ({ kind: 'edge', edge })),
      ...current.start.map((arc): Candidate => ({ kind: 'start', arc })),
      ...current.end.map((arc): Candidate => ({ kind: 'end', arc })),
    ];
    const weight = (c: Candidate): number => (c.kind === 'edge' ? c.edge.count : c.arc.count);
    all.sort((a, b) => weight(b) - weight(a));
    const keepCount = Math.max(1, Math.ceil(all.length * pathShare));
    const edges = new Set(current.edges);
    const start = new Set(current.start);
    const end = new Set(current.end);
    for (const candidate of all.slice(keepCount).reverse()) {
      if (candidate.kind === 'edge') edges.delete(candidate.edge);
      else (candidate.kind === 'start' ? start : end).delete(candidate.arc);
      if (isSubset(mustKeep, connectedNodes(current.nodes, [...edges], [...start], [...end]))) continue;
      if (candidate.kind === 'edge') edges.add(candidate.edge);
      else (candidate.kind === 'start' ? start : end).add(candidate.arc);
    }
    current = { ...current, edges: current.edges.filter((edge) => edges.has(edge)), start: current.start.filter((arc) => start.has(arc)), end: current.end.filter((arc) => end.has(arc)) };
  }
  const eventsOf = (ids: readonly number[]): number => ids.reduce((sum, a) => sum + (graph.activityCounts[a] as number), 0);
  const totalEvents = eventsOf(graph.nodes);
  const hiddenEvents = eventsOf(hiddenActivities);
  return {
    graph: current,
    hidden: {
      activities: hiddenActivities,
      edges: graph.edges.length - current.edges.length,
      endpointArcs: graph.start.length + graph.end.length - current.start.length - current.end.length,
      events: hiddenEvents,
      eventShare: totalEvents === 0 ? 0 : hiddenEvents / totalEvents,
    },
  };
}

function clampShare(percent: number | undefined): number {
  if (percent === undefined) return 1;
  return Math.min(1, Math.max(0, percent / 100));
}

function withoutActivity<E extends MapEdge>(graph: MapGraph<E>, activity: number): MapGraph<E> {
  return {
    activityCounts: graph.activityCounts,
    nodes: graph.nodes.filter((a) => a !== activity),
    edges: graph.edges.filter((edge) => edge.from !== activity && edge.to !== activity),
    start: graph.start.filter((arc) => arc.activity !== activity),
    end: graph.end.filter((arc) => arc.activity !== activity),
  };
}

function isSubset(small: ReadonlySet<number>, large: ReadonlySet<number>): boolean {
  for (const value of small) if (!large.has(value)) return false;
  return true;
}

/** Nodes both reachable from the artificial start and able to reach the artificial end. O(V + E). */
export function connectedNodes(nodes: readonly number[], edges: readonly MapEdge[], start: readonly EndpointArc[], end: readonly EndpointArc[]): Set<number> {
  const forward = new Map<number, number[]>();
  const backward = new Map<number, number[]>();
  const link = (map: Map<number, number[]>, a: number, b: number): void => {
    const list = map.get(a);
    if (list) list.push(b);
    else map.set(a, [b]);
  };
  for (const edge of edges) {
    link(forward, edge.from, edge.to);
    link(backward, edge.to, edge.from);
  }
  for (const arc of start) link(forward, START, arc.activity);
  for (const arc of end) link(backward, END, arc.activity);
  const fromStart = reach(forward, START);
  const toEnd = reach(backward, END);
  return new Set(nodes.filter((a) => fromStart.has(a) && toEnd.has(a)));
}

function reach(adjacency: ReadonlyMap<number, number[]>, origin: number): Set<number> {
  const seen = new Set<number>([origin]);
  const stack = [origin];
  while (stack.length > 0) {
    const node = stack.pop() as number;
    for (const next of adjacency.get(node) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}
