import { describe, expect, it } from 'vitest';
import { discoverHeuristics } from '../../src/discovery/discover-heuristics.js';
import { logFromTraces } from '../../src/log/log-from-rows.js';

function edgesOf(net: ReturnType<typeof discoverHeuristics>): [string, string, number][] {
  return net.edges.map((edge) => [net.dfg.names[edge.from] as string, net.dfg.names[edge.to] as string, edge.dependency]);
}

describe('discoverHeuristics', () => {
  it('keeps causal edges and drops interleavings (dependency measure by hand)', () => {
    // a→b 4 times, b→a once: (4-1)/(4+1+1) = 0.5 kept; b→a: (1-4)/6 < 0 dropped; b→c 5: 5/6.
    const log = logFromTraces([['a', 'b', 'c'], ['a', 'b', 'c'], ['a', 'b', 'c'], ['a', 'b', 'c'], ['b', 'a', 'x', 'b', 'c']]);
    const net = discoverHeuristics(log, { dfgNoise: 0 });
    const edges = edgesOf(net);
    expect(edges).toContainEqual(['a', 'b', 0.5]);
    expect(edges).toContainEqual(['b', 'c', 5 / 6]);
    expect(edges.find(([from, to]) => from === 'b' && to === 'a')).toBeUndefined();
  });

  it('adds a length-two loop (a b a) with dependency 0 when no dependency edge joins the pair', () => {
    const log = logFromTraces([['s', 'a', 'b', 'a', 'e'], ['s', 'a', 'b', 'a', 'e'], ['s', 'a', 'e']]);
    const edges = edgesOf(discoverHeuristics(log));
    expect(edges).toContainEqual(['a', 'b', 0]);
    expect(edges).toContainEqual(['b', 'a', 0]);
  });

  it('pre-cleans edges below the noise share of both endpoints’ strongest edge, and raises the threshold on request', () => {
    const traces = [...Array.from({ length: 40 }, () => ['a', 'b']), ...Array.from({ length: 40 }, () => ['c', 'd']), ['a', 'c', 'b']];
    const log = logFromTraces(traces);
    expect(edgesOf(discoverHeuristics(log)).map(([a, b]) => `${a}${b}`).sort()).toEqual(['ab', 'cd']);
    expect(edgesOf(discoverHeuristics(log, { dfgNoise: 0 })).map(([a, b]) => `${a}${b}`).sort()).toEqual(['ab', 'ac', 'cb', 'cd']);
    expect(discoverHeuristics(log, { dependency: 0.99 }).edges).toHaveLength(0);
  });

  it('finds parallel branches with the AND measure', () => {
    const log = logFromTraces([['a', 'b', 'c', 'd'], ['a', 'c', 'b', 'd'], ['a', 'b', 'c', 'd'], ['a', 'c', 'b', 'd']]);
    const net = discoverHeuristics(log);
    expect(net.andSplits.map((pair) => [pair.node, pair.first, pair.second].map((id) => net.dfg.names[id]).join())).toEqual(['a,b,c']);
  });
});
