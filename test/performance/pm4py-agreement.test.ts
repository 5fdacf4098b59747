// Without a calendar, per-edge waiting equals PM4Py's performance DFG and case durations equal its case durations,
// on the shared real logs (../shared, never copied into the project).

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLog } from '../../src/io/read-log.js';
import type { EventLog } from '../../src/log/event-log.js';
import { caseThroughput } from '../../src/performance/case-throughput.js';
import { edgePerformance } from '../../src/performance/edge-performance.js';
import { eventWaiting } from '../../src/performance/event-waiting.js';
import { summarize } from '../../src/performance/summarize.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

const SHARED = join(REPO_ROOT, '..', 'shared');
const present = existsSync(join(SHARED, 'expected'));
if (!present) console.warn(`skipping PM4Py agreement tests of the performance measures: ${SHARED} is absent`);

interface Expected {
  performance_dfg: { edges: [string, string, number, number, unknown][] };
  perf_dfg_utc?: { edges?: [string, string, number, number, unknown][]; identical_to?: string };
  case_durations?: { n: number; mean_s: number; median_s: number; min_s: number; max_s: number; sum_s: number };
  case_durations_utc?: { n: number; mean_s: number; median_s: number; max_s: number; sum_s: number; identical_to?: string };
}

function expected(name: string): Expected {
  return JSON.parse(readFileSync(join(SHARED, 'expected', `${name}.json`), 'utf8')) as Expected;
}

/** PM4Py was run on the end timestamps only (no start column mapped): compare like with like. */
const endTimesOnly = (log: EventLog): EventLog => ({ ...log, startTime: null });

describe.skipIf(!present)('performance measures agree with PM4Py 2.7.11.4 (true UTC)', () => {
  it.each([
    ['synthetic-textbook/reviewing.csv', 'reviewing'],
    ['wabo-receipt/receipt.csv', 'wabo-receipt'],
    ['bpic2017-workflow/BPIC_2017_W.csv.gz', 'BPIC_2017_W'],
    ['synthetic-textbook/reviewing.xes', 'reviewing'],
    ['wabo-receipt/Receipt_phase_of_an_environmental_permit_application_process_WABO_CoSeLoG_project.xes.gz', 'wabo-receipt'],
    ['helpdesk/helpdesk.xes.gz', 'helpdesk'],
    ['sepsis/Sepsis Cases - Event Log.xes.gz', 'sepsis'],
    ['bpic2020/InternationalDeclarations.xes.gz', 'InternationalDeclarations'],
    ['road-traffic-fines/Road_Traffic_Fine_Management_Process.xes.gz', 'road-traffic-fines'],
  ])('%s: per-edge mean and median waiting, and case durations, to the second', async (file, name) => {
    const reference = expected(name);
    const log = endTimesOnly((await readLog([join(SHARED, 'data', file)])).log);
    const edges = edgePerformance(log, eventWaiting(log));
    const utcEdges = reference.perf_dfg_utc?.edges ?? reference.performance_dfg.edges;
    expect(edges.length).toBe(utcEdges.length);
    const ours = new Map(edges.map((edge) => [`${edge.from}\u0000${edge.to}`, edge]));
    for (const [from, to, mean, median] of utcEdges) {
      const edge = ours.get(`${from}\u0000${to}`);
      expect(edge, `edge ${from} → ${to}`).toBeDefined();
      expect(Math.abs((edge?.waiting.mean ?? NaN) - mean), `mean of ${from} → ${to}`).toBeLessThan(1);
      expect(Math.abs((edge?.waiting.median ?? NaN) - median), `median of ${from} → ${to}`).toBeLessThan(1);
    }
    const durations = reference.case_durations_utc?.mean_s !== undefined ? reference.case_durations_utc : reference.case_durations;
    const throughput = summarize(caseThroughput(log));
    expect(throughput.count).toBe(durations?.n);
    expect(Math.abs(throughput.mean - (durations?.mean_s ?? NaN))).toBeLessThan(1);
    expect(Math.abs(throughput.median - (durations?.median_s ?? NaN))).toBeLessThan(1);
    expect(Math.abs(throughput.max - (durations?.max_s ?? NaN))).toBeLessThan(1);
    expect(Math.abs(throughput.total - (durations?.sum_s ?? NaN))).toBeLessThan(1);
  });

  it.each(['running-example.csv', 'running-example.xes'])('%s (one UTC offset throughout, so PM4Py’s local-time figures are the UTC ones)', async (file) => {
    const reference = expected('running-example');
    const log = endTimesOnly((await readLog([join(SHARED, 'data', 'synthetic-textbook', file)])).log);
    const ours = new Map(edgePerformance(log, eventWaiting(log)).map((edge) => [`${edge.from}\u0000${edge.to}`, edge]));
    expect(ours.size).toBe(reference.performance_dfg.edges.length);
    for (const [from, to, mean, median] of reference.performance_dfg.edges) {
      const edge = ours.get(`${from}\u0000${to}`);
      expect(Math.abs((edge?.waiting.mean ?? NaN) - mean)).toBeLessThan(1);
      expect(Math.abs((edge?.waiting.median ?? NaN) - median)).toBeLessThan(1);
    }
  });
});
