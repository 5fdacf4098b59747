import { describe, expect, it } from 'vitest';
import { NONE } from '../../src/log/dictionary.js';
import type { EventLog } from '../../src/log/event-log.js';
import { logTimeRange } from '../../src/performance/calendar.js';
import { eventStart, eventWaiting } from '../../src/performance/event-waiting.js';
import { periodGrid, type PeriodGrid } from '../../src/performance/period-grid.js';
import { resourcePerformance } from '../../src/performance/resource-performance.js';
import { summarize } from '../../src/performance/summarize.js';
import { trendTest } from '../../src/performance/trend-test.js';
import { randomLog } from '../helpers/random-log.js';

/** Resource figures the plain way: one pass per resource over every event, a full series, a sort of row objects. */
function reference(log: EventLog, waiting: Float64Array, grid: PeriodGrid, by: 'resource' | 'role'): unknown[] {
  const column = by === 'resource' ? log.resource : log.role;
  const dictionary = by === 'resource' ? log.resources : log.roles;
  const rows = [];
  for (let r = 0; r < dictionary.size; r++) {
    const spans: [number, number][] = [];
    const caseSet = new Set<number>();
    const waits: number[] = [];
    for (let c = 0; c < log.caseIds.length; c++) {
      for (let e = log.caseStart[c] as number; e < (log.caseStart[c + 1] as number); e++) {
        if (column[e] !== r) continue;
        caseSet.add(c);
        if (!Number.isNaN(waiting[e])) waits.push(waiting[e] as number);
        // A first event's work arrives at its start, or at its end when the export has it starting after it ended.
        const arrived = e === log.caseStart[c] ? grid.indexOf(Math.min(eventStart(log, e), log.time[e] as number)) : grid.indexOf(log.time[e - 1] as number);
        spans.push([arrived, grid.indexOf(log.time[e] as number)]);
      }
    }
    if (spans.length === 0) continue;
    const from = Math.min(...spans.map(([arrived]) => arrived));
    const to = Math.max(...spans.map(([, done]) => done));
    const inHandAt = (k: number): number => spans.filter(([arrived]) => arrived <= k).length - spans.filter(([, done]) => done <= k).length;
    const series = Array.from({ length: grid.count }, (_, k) => (k >= from && k <= to ? inHandAt(k) : 0));
    const active = Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
    const counts = active.map(inHandAt);
    rows.push({
      name: dictionary.nameOf(r),
      events: spans.length,
      cases: caseSet.size,
      waiting: summarize(waits),
      inHand: { mean: counts.length ? counts.reduce((a, b) => a + b, 0) / counts.length : 0, max: Math.max(0, ...counts), series },
      queueTrend: trendTest(active, counts),
    });
  }
  return rows.sort((a, b) => b.waiting.total - a.waiting.total || b.events - a.events || (a.name < b.name ? -1 : 1));
}

describe('resourcePerformance against a plain reference computation on seeded random logs', () => {
  for (const [seed, users, startTimes] of [[1, 400, false], [2, 12, true], [3, 3000, true]] as const) {
    it(`seed ${seed}: ${users} users${startTimes ? ', start times (some after the end)' : ''}`, () => {
      const log = randomLog(seed, { cases: 600, users, startTimes });
      const [from, to] = logTimeRange(log);
      const waiting = eventWaiting(log);
      for (const unit of ['day', 'week'] as const) {
        const grid = periodGrid(from, to, unit, 'UTC');
        for (const by of ['resource', 'role'] as const) {
          const actual = resourcePerformance(log, waiting, grid, by);
          const expected = reference(log, waiting, grid, by) as typeof actual;
          expect(actual.map((row) => row.name)).toEqual(expected.map((row) => row.name));
          // Order statistics are exact; totals summed in another order may differ in the last bits.
          expect(actual.map((row) => ({ ...row, waiting: { ...row.waiting, mean: 0, total: 0 } }))).toEqual(expected.map((row) => ({ ...row, waiting: { ...row.waiting, mean: 0, total: 0 } })));
          actual.forEach((row, i) => expect(row.waiting.total).toBeCloseTo(expected[i]?.waiting.total ?? NaN, 3));
          // Nobody ever holds fewer than no cases, even where events start after they end.
          expect(actual.every((row) => row.inHand.series.every((count) => count >= 0))).toBe(true);
        }
      }
    });
  }

  it('reads the in-hand series lazily as a plain array that JSON and equality see as data', () => {
    const log = randomLog(4, { cases: 50, users: 5 });
    const [from, to] = logTimeRange(log);
    const grid = periodGrid(from, to, 'week', 'UTC');
    const [row] = resourcePerformance(log, eventWaiting(log), grid);
    const json = JSON.parse(JSON.stringify(row)) as { inHand: { series: number[] } };
    expect(Array.isArray(row?.inHand.series)).toBe(true);
    expect(row?.inHand.series).toBe(row?.inHand.series); // built once, then kept
    expect(json.inHand.series).toEqual(row?.inHand.series);
    expect(Object.keys(row?.inHand ?? {})).toEqual(['mean', 'max', 'series']);
    expect(log.resource.includes(NONE)).toBe(true); // events without a user are left out, not counted as one
  });
});
