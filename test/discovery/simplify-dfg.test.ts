import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discoverDfg } from '../../src/discovery/discover-dfg.js';
import { dfgMap } from '../../src/discovery/process-map.js';
import { connectedNodes, simplifyMap, type MapGraph, type MapEdge } from '../../src/discovery/simplify-dfg.js';
import { logFromTraces } from '../../src/log/log-from-rows.js';

function graphOf(traces: string[][]): { graph: MapGraph<MapEdge>; names: readonly string[] } {
  const dfg = discoverDfg(logFromTraces(traces), { waiting: false });
  const nodes = [...dfg.activityCounts.keys()].filter((a) => (dfg.activityCounts[a] as number) > 0);
  const arcs = (counts: Int32Array) => [...counts].flatMap((count, activity) => (count > 0 ? [{ activity, count }] : []));
  return { graph: { activityCounts: dfg.activityCounts, nodes, edges: dfg.edges, start: arcs(dfg.startCounts), end: arcs(dfg.endCounts) }, names: dfg.names };
}

const repeat = (times: number, trace: string[]): string[][] => Array.from({ length: times }, () => trace);

describe('simplifyMap', () => {
  // a→b→d is the main road (10 cases), a→c→d a side road (2 cases), a→x→d a rare one (1 case).
  const traces = [...repeat(10, ['a', 'b', 'd']), ...repeat(2, ['a', 'c', 'd']), ['a', 'x', 'd']];

  it('keeps everything at 100% (and without options)', () => {
    const { graph } = graphOf(traces);
    const result = simplifyMap(graph, { activities: 100, paths: 100 });
    expect(result.graph.nodes).toEqual(graph.nodes);
    expect(result.graph.edges).toEqual(graph.edges);
    expect(result.hidden).toEqual({ activities: [], edges: 0, endpointArcs: 0, events: 0, eventShare: 0 });
  });

  it('hides the least frequent activities and says how many events they held', () => {
    const { graph, names } = graphOf(traces);
    const result = simplifyMap(graph, { activities: 75 });
    expect(result.graph.nodes.map((a) => names[a]).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(result.hidden.activities.map((a) => names[a])).toEqual(['x']);
    expect(result.hidden.edges).toBe(2);
    expect(result.hidden.events).toBe(1);
    expect(result.hidden.eventShare).toBeCloseTo(1 / 39, 12);
  });

  it('keeps an activity beyond the percentage when hiding it would cut a kept one off from the end', () => {
    // b is frequent but only ever reaches the end through the rare z.
    const { graph, names } = graphOf([...repeat(10, ['a', 'b', 'b', 'b', 'z']), ...repeat(10, ['a', 'c'])]);
    const result = simplifyMap(graph, { activities: 50 });
    expect(result.graph.nodes.map((a) => names[a]).sort()).toEqual(['a', 'b', 'z']);
    expect(result.hidden.activities.map((a) => names[a])).toEqual(['c']);
  });

  it('hides weak paths but keeps the strongest ones a connection needs', () => {
    const { graph, names } = graphOf(traces);
    const result = simplifyMap(graph, { paths: 0 });
    const edges = result.graph.edges.map((edge) => `${names[edge.from]}${names[edge.to]}`).sort();
    // every activity still needs a way in and out: nothing can go.
    expect(edges).toEqual(['ab', 'ac', 'ax', 'bd', 'cd', 'xd']);
    const loopy = graphOf([...repeat(10, ['a', 'b', 'c']), ...repeat(2, ['a', 'c']), ['a', 'b', 'b', 'c']]);
    const trimmed = simplifyMap(loopy.graph, { paths: 50 });
    expect(trimmed.graph.edges.map((edge) => `${loopy.names[edge.from]}${loopy.names[edge.to]}`).sort()).toEqual(['ab', 'bc']);
    expect(trimmed.hidden.edges).toBe(2);
  });

  it('never leaves a kept activity unreachable from start or end (random logs, random sliders)', () => {
    const traceList = fc.array(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(traceList, fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (list, activities, paths) => {
        const { graph } = graphOf(list);
        const { graph: kept, hidden } = simplifyMap(graph, { activities, paths });
        const connected = connectedNodes(kept.nodes, kept.edges, kept.start, kept.end);
        expect(connected.size).toBe(kept.nodes.length);
        expect(kept.nodes.length + hidden.activities.length).toBe(graph.nodes.length);
        expect(kept.edges.length + hidden.edges).toBe(graph.edges.length);
        for (const edge of kept.edges) expect(kept.nodes).toContain(edge.from);
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('feeds the process map, which lists what was hidden by name', () => {
    const map = dfgMap(discoverDfg(logFromTraces(traces)), { activities: 75 });
    expect(map.hidden).toMatchObject({ activities: 1, activityNames: ['x'], edges: 2, events: 1 });
    expect(map.activities.map((activity) => activity.name)).toEqual(['a', 'd', 'b', 'c']);
  });
});
