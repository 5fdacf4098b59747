// PM4Py 2.7.11.4's results on the shared real logs (../shared/expected, never copied here): the DFG, start and end
// activities, variants, performance DFG and heuristics net must match.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { discoverDfg, type Dfg } from '../../src/discovery/discover-dfg.js';
import { discoverHeuristics } from '../../src/discovery/discover-heuristics.js';
import { variantsOf } from '../../src/discovery/variants.js';
import { readLog } from '../../src/io/read-log.js';
import type { EventLog } from '../../src/log/event-log.js';
import { SHARED, SHARED_PRESENT } from '../helpers/shared-data.js';

const present = SHARED_PRESENT && existsSync(join(SHARED, 'expected'));
if (!present) console.warn(`skipping PM4Py agreement tests: ${join(SHARED, 'expected')} is absent`);

type PerfEdge = [string, string, number, number, Record<string, number | null>];
interface Expected {
  meta: { log?: string };
  dfg: { edges: [string, string, number][]; start_activities: [string, number][]; end_activities: [string, number][] };
  variants: { variants: [string[], number][] };
  performance_dfg: { edges: PerfEdge[] };
  /** Absent edges: `identical_to: performance_dfg` (CSV input, no offsets to drop). */
  perf_dfg_utc?: { edges?: PerfEdge[] };
  heuristics_net: { nodes: { name: string; occurrences: number }[]; edges: [string, string, number, number][] };
}

const LOGS: readonly [string, string][] = [
  ['running-example', 'synthetic-textbook/running-example.xes'],
  ['reviewing', 'synthetic-textbook/reviewing.xes'],
  ['wabo-receipt', 'wabo-receipt/Receipt_phase_of_an_environmental_permit_application_process_WABO_CoSeLoG_project.xes.gz'],
  ['sepsis', 'sepsis/Sepsis Cases - Event Log.xes.gz'],
  ['helpdesk', 'helpdesk/helpdesk.xes.gz'],
  ['InternationalDeclarations', 'bpic2020/InternationalDeclarations.xes.gz'],
  ['BPIC_2017_W', 'bpic2017-workflow/BPIC_2017_W.csv.gz'],
  // The same logs as CSV exports: reading them must not change any figure.
  ['running-example', 'synthetic-textbook/running-example.csv'],
  ['reviewing', 'synthetic-textbook/reviewing.csv'],
  ['wabo-receipt', 'wabo-receipt/receipt.csv'],
  ['road-traffic-fines', 'road-traffic-fines/Road_Traffic_Fine_Management_Process.xes.gz'],
];

const edgeKey = (from: string, to: string): string => `${from}\u0000${to}`;

describe.skipIf(!present).each(LOGS)('agreement with PM4Py on %s (%s)', (name, file) => {
  let expected: Expected;
  let log: EventLog;
  let dfg: Dfg;
  beforeAll(async () => {
    expected = JSON.parse(readFileSync(join(SHARED, 'expected', `${name}.json`), 'utf8')) as Expected;
    log = (await readLog([join(SHARED, 'data', file)])).log;
    dfg = discoverDfg(log);
  }, 120_000);

  it('has the same DFG edges and counts', () => {
    const ours = dfg.edges.map((edge) => [dfg.names[edge.from], dfg.names[edge.to], edge.count]);
    expect(new Set(ours.map((edge) => JSON.stringify(edge)))).toEqual(new Set(expected.dfg.edges.map((edge) => JSON.stringify(edge))));
    expect(ours).toHaveLength(expected.dfg.edges.length);
  });

  it('has the same start and end activities', () => {
    const pairs = (counts: Int32Array): [string, number][] => [...counts].flatMap((count, id) => (count > 0 ? [[dfg.names[id] as string, count] as [string, number]] : []));
    const sorted = (list: [string, number][]): [string, number][] => [...list].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    expect(sorted(pairs(dfg.startCounts))).toEqual(sorted(expected.dfg.start_activities));
    expect(sorted(pairs(dfg.endCounts))).toEqual(sorted(expected.dfg.end_activities));
  });

  it('has the same variants and counts', () => {
    const ours = new Map(variantsOf(log).map((v) => [JSON.stringify(Array.from(v.activities, (id) => dfg.names[id])), v.count]));
    const theirs = new Map(expected.variants.variants.map(([activities, count]) => [JSON.stringify(activities), count]));
    expect(ours).toEqual(theirs);
    const counts = variantsOf(log).map((v) => v.count);
    expect(counts).toEqual(expected.variants.variants.map(([, count]) => count));
  });

  it('has the same mean and median waiting per edge, to the second (true UTC)', () => {
    const reference = expected.perf_dfg_utc?.edges ?? expected.performance_dfg.edges;
    const ours = new Map(dfg.edges.map((edge) => [edgeKey(dfg.names[edge.from] as string, dfg.names[edge.to] as string), edge.waiting]));
    expect(ours.size).toBe(reference.length);
    for (const [from, to, mean, median] of reference) {
      const waiting = ours.get(edgeKey(from, to));
      expect(waiting, `${from} → ${to}`).toBeDefined();
      expect(Math.abs((waiting?.mean ?? NaN) - mean), `mean ${from} → ${to}`).toBeLessThan(0.5);
      expect(Math.abs((waiting?.median ?? NaN) - median), `median ${from} → ${to}`).toBeLessThan(0.5);
    }
  });

  it('finds the same heuristics net with default parameters', () => {
    const net = discoverHeuristics(log);
    const names = net.dfg.names;
    expect(net.nodes.map((id) => names[id]).sort()).toEqual(expected.heuristics_net.nodes.map((node) => node.name).sort());
    const ours = net.edges.map((edge) => [names[edge.from], names[edge.to], edge.dependency, edge.count] as const);
    const sort = <T extends readonly unknown[]>(list: T[]): T[] => [...list].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    expect(sort(ours.map(([a, b]) => [a, b]))).toEqual(sort(expected.heuristics_net.edges.map(([a, b]) => [a, b])));
    const theirs = new Map(expected.heuristics_net.edges.map(([a, b, dependency, count]) => [edgeKey(a, b), [dependency, count]]));
    for (const [a, b, dependency, count] of ours) {
      const [expectedDependency, expectedCount] = theirs.get(edgeKey(a as string, b as string)) ?? [];
      expect(dependency).toBeCloseTo(expectedDependency as number, 12);
      expect(count).toBe(expectedCount);
    }
  });
});
