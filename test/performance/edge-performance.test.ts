import { describe, expect, it } from 'vitest';
import type { EventLog } from '../../src/log/event-log.js';
import type { EventRow } from '../../src/log/log-builder.js';
import { logFromRows } from '../../src/log/log-from-rows.js';
import { edgePerformance } from '../../src/performance/edge-performance.js';
import { eventWaiting } from '../../src/performance/event-waiting.js';
import { summarizeInPlace } from '../../src/performance/summarize.js';
import { summarizeGroups } from '../../src/performance/summarize-groups.js';
import { randomLog } from '../helpers/random-log.js';

/** Edges the plain way: a Map from "from → to" to its waiting values in event order. */
function reference(log: EventLog, waiting: Float64Array): { from: string; to: string; count: number; median: number; total: number }[] {
  const edges = new Map<string, { from: string; to: string; values: number[] }>();
  for (let c = 0; c + 1 < log.caseStart.length; c++) {
    for (let e = (log.caseStart[c] as number) + 1; e < (log.caseStart[c + 1] as number); e++) {
      const from = log.activities.nameOf(log.activity[e - 1] as number);
      const to = log.activities.nameOf(log.activity[e] as number);
      const key = `${from}\u0000${to}`;
      const edge = edges.get(key) ?? { from, to, values: [] };
      edge.values.push(waiting[e] as number);
      edges.set(key, edge);
    }
  }
  return [...edges.values()]
    .map(({ from, to, values }) => {
      const summary = summarizeInPlace(Float64Array.from(values));
      return { from, to, count: values.length, median: summary.median, total: summary.total };
    })
    .sort((a, b) => b.count - a.count || (a.from < b.from ? -1 : a.from > b.from ? 1 : 0) || (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
}

describe('edgePerformance', () => {
  it('equals the plain computation with a dense pair table, with the activity summaries shared, and with a Map of pairs (> 2048 activities)', () => {
    for (const activities of [6, 40, 2100]) {
      const log = randomLog(activities, { cases: 3000, users: 20, activities, startTimes: true });
      const waiting = eventWaiting(log);
      const expected = reference(log, waiting);
      const plain = edgePerformance(log, waiting).map(({ from, to, count, waiting: w }) => ({ from, to, count, median: w.median, total: w.total }));
      expect(plain).toEqual(expected);
      const shared = edgePerformance(log, waiting, summarizeGroups(waiting, log.activity, log.activities.size));
      expect(shared).toEqual(edgePerformance(log, waiting));
    }
  });

  it('gives an edge that is the only way into its step that step’s waiting summary', () => {
    const rows: EventRow[] = [];
    for (let c = 0; c < 40; c++) {
      const start = Date.UTC(2024, 0, 1) + c * 3_600_000;
      const steps = c % 3 === 0 ? ['submit', 'check', 'sign'] : ['submit', 'review', 'check', 'sign'];
      steps.forEach((activity, i) => rows.push({ caseId: `c${c}`, activity, time: start + i * (c + 1) * 60_000 }));
    }
    const log = logFromRows(rows);
    const waiting = eventWaiting(log);
    const waits = summarizeGroups(waiting, log.activity, log.activities.size);
    const edges = edgePerformance(log, waiting, waits);
    const sign = edges.find((edge) => edge.to === 'sign');
    expect(sign?.waiting).toBe(waits[log.activities.idOf('sign')]); // check → sign is the only way into sign
    expect(edges.find((edge) => edge.to === 'check' && edge.from === 'review')?.waiting).not.toBe(waits[log.activities.idOf('check')]);
    expect(edges).toEqual(edgePerformance(log, waiting));
  });
});
