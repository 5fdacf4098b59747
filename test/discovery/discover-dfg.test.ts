import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discoverDfg } from '../../src/discovery/discover-dfg.js';
import { logFromTraces } from '../../src/log/log-from-rows.js';

describe('discoverDfg', () => {
  it('counts activities, edges, cases per edge, start and end on a hand-checked log', () => {
    const log = logFromTraces([
      [['a', 0], ['b', 60_000], ['b', 120_000], ['c', 300_000]],
      [['a', 0], ['c', 30_000]],
      [['a', 0], ['b', 600_000]],
    ]);
    const dfg = discoverDfg(log);
    const name = (id: number): string => dfg.names[id] as string;
    const edges = dfg.edges.map((edge) => [name(edge.from), name(edge.to), edge.count, edge.cases, edge.waiting?.mean, edge.waiting?.median, edge.waiting?.max, edge.waiting?.total]);
    expect(edges).toEqual([
      ['a', 'b', 2, 2, 330, 330, 600, 660],
      ['a', 'c', 1, 1, 30, 30, 30, 30],
      ['b', 'b', 1, 1, 60, 60, 60, 60],
      ['b', 'c', 1, 1, 180, 180, 180, 180],
    ]);
    const byName = (counts: Int32Array): Record<string, number> => Object.fromEntries([...counts].map((count, id) => [name(id), count]));
    expect(byName(dfg.activityCounts)).toEqual({ a: 3, b: 3, c: 2 });
    expect(byName(dfg.activityCases)).toEqual({ a: 3, b: 2, c: 2 });
    expect(byName(dfg.startCounts)).toEqual({ a: 3, b: 0, c: 0 });
    expect(byName(dfg.endCounts)).toEqual({ a: 0, b: 1, c: 2 });
  });

  it('skips the waiting times on request', () => {
    const dfg = discoverDfg(logFromTraces([['a', 'b']]), { waiting: false });
    expect(dfg.edges[0]?.waiting).toBeNull();
  });

  it('keeps the flow balanced on random logs: each activity is entered and left as often as it occurs', () => {
    const traces = fc.array(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(traces, (list) => {
        const dfg = discoverDfg(logFromTraces(list));
        const inflow = Int32Array.from(dfg.startCounts);
        const outflow = Int32Array.from(dfg.endCounts);
        for (const edge of dfg.edges) {
          inflow[edge.to] = (inflow[edge.to] as number) + edge.count;
          outflow[edge.from] = (outflow[edge.from] as number) + edge.count;
          expect(edge.cases).toBeLessThanOrEqual(edge.count);
          expect(edge.waiting?.count).toBe(edge.count);
        }
        expect([...inflow]).toEqual([...dfg.activityCounts]);
        expect([...outflow]).toEqual([...dfg.activityCounts]);
        expect(dfg.edges.reduce((sum, edge) => sum + edge.count, 0)).toBe(dfg.eventCount - dfg.caseCount);
      }),
      { seed: 42, numRuns: 100 },
    );
  });
});
