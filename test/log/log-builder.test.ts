import { describe, expect, it } from 'vitest';
import { NONE } from '../../src/log/dictionary.js';
import { filterCases } from '../../src/log/filter-cases.js';
import { logFromRows, logFromTraces } from '../../src/log/log-from-rows.js';
import { LogBuilder } from '../../src/log/log-builder.js';

describe('LogBuilder', () => {
  it('groups events into cases in first-appearance order, sorted by time then input order', () => {
    const log = logFromRows([
      { caseId: 'B', activity: 'x', time: 5 },
      { caseId: 'A', activity: 'b', time: 20 },
      { caseId: 'A', activity: 'a', time: 10 },
      { caseId: 'B', activity: 'y', time: 5 },
      { caseId: 'A', activity: 'c', time: 20 },
    ]);
    expect(log.caseIds).toEqual(['B', 'A']);
    expect(Array.from(log.caseStart)).toEqual([0, 2, 5]);
    const names = Array.from(log.activity, (id) => log.activities.nameOf(id));
    expect(names).toEqual(['x', 'y', 'a', 'b', 'c']);
    expect(Array.from(log.order)).toEqual([0, 3, 2, 1, 4]);
    expect(log.startTime).toBeNull();
    expect(log.resource[0]).toBe(NONE);
  });

  it('normalizes labels and reports the spellings it merged', () => {
    const builder = new LogBuilder();
    builder.add({ caseId: '1', activity: 'تاييد  كارشناس', time: 0 });
    builder.add({ caseId: '1', activity: 'تایید کارشناس', time: 1 });
    builder.add({ caseId: '1', activity: ' Approve ', time: 2 });
    const log = builder.build({ files: [], mapping: {}, timestampFormat: 'x', timezone: 'UTC' });
    expect(log.activities.names).toEqual(['تایید کارشناس', 'Approve']);
    expect(builder.report().labelMerges).toEqual([
      { column: 'activity', canonical: 'تایید کارشناس', variants: ['تاييد  كارشناس', 'تایید کارشناس'] },
    ]);
  });

  it('counts events that arrive earlier than their case’s previous event', () => {
    const builder = new LogBuilder();
    builder.add({ caseId: '1', activity: 'a', time: 10 });
    builder.add({ caseId: '1', activity: 'b', time: 5 });
    builder.add({ caseId: '2', activity: 'a', time: 1 });
    expect(builder.report().outOfOrder).toBe(1);
  });

  it('keeps other columns as attributes aligned with the sorted events', () => {
    const log = logFromRows([
      { caseId: '1', activity: 'b', time: 2, attributes: { amount: '20' } },
      { caseId: '1', activity: 'a', time: 1, attributes: { amount: '10' } },
    ]);
    const amount = log.eventAttributes.find((column) => column.name === 'amount');
    expect(Array.from(amount?.ids ?? [], (id) => amount?.values.nameOf(id))).toEqual(['10', '20']);
  });
});

describe('LogBuilder on logs larger than one chunk', () => {
  /** Reference order: cases by first appearance, then time, then input position (a plain stable sort). */
  function referenceOrder(rows: readonly { caseId: string; time: number }[]): number[] {
    const firstSeen = new Map<string, number>();
    rows.forEach((row, i) => firstSeen.has(row.caseId) || firstSeen.set(row.caseId, i));
    return rows
      .map((_, i) => i)
      .sort((a, b) => {
        const ra = rows[a] as { caseId: string; time: number };
        const rb = rows[b] as { caseId: string; time: number };
        return (firstSeen.get(ra.caseId) as number) - (firstSeen.get(rb.caseId) as number) || ra.time - rb.time || a - b;
      });
  }

  it.each([
    ['interleaved cases, some out of time order', 1, 0.05],
    ['cases listed together, in time order', 2, 0],
  ])('orders every column like a stable sort (%s)', (_, seed, shuffle) => {
    let state = seed;
    const random = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const n = 150_000; // three chunks of 64 Ki events
    const rows = Array.from({ length: n }, (_, i) => {
      const c = shuffle > 0 ? Math.floor(random() * 9000) : Math.floor(i / 17);
      const late = random() < shuffle;
      const row = { caseId: `c${c}`, activity: `a${i % 7}`, time: late ? i - 5000 : i - (i % 3), resource: `r${i % 11}` };
      return i % 4 === 0 ? { ...row, startTime: i - 1 } : row;
    });
    const log = logFromRows(rows);
    const expected = referenceOrder(rows);
    expect(Array.from(log.order)).toEqual(expected);
    expect(Array.from(log.time)).toEqual(expected.map((i) => rows[i]?.time));
    expect(Array.from(log.activity, (id) => log.activities.nameOf(id))).toEqual(expected.map((i) => rows[i]?.activity));
    expect(Array.from(log.resource, (id) => log.resources.nameOf(id))).toEqual(expected.map((i) => rows[i]?.resource));
    expect(Array.from(log.startTime ?? [])).toEqual(expected.map((i) => (i % 4 === 0 ? i - 1 : NaN)));
    const cases = [...new Set(expected.map((i) => rows[i]?.caseId))];
    expect(log.caseIds).toEqual(cases);
    expect(log.caseStart[log.caseIds.length]).toBe(n);
  });

  it('refuses events after the log is built', () => {
    const builder = new LogBuilder();
    builder.add({ caseId: '1', activity: 'a', time: 0 });
    builder.build({ files: [], mapping: {}, timestampFormat: 'x', timezone: 'UTC' });
    expect(() => builder.add({ caseId: '1', activity: 'a', time: 1 })).toThrow(/built/);
  });
});

describe('filterCases', () => {
  it('returns a new log with the kept cases that shares dictionaries', () => {
    const log = logFromTraces([['a', 'b'], ['a'], ['c', 'a', 'b']]);
    const kept = filterCases(log, (c, l) => (l.caseStart[c + 1] as number) - (l.caseStart[c] as number) > 1);
    expect(kept.caseIds).toEqual(['1', '3']);
    expect(Array.from(kept.caseStart)).toEqual([0, 2, 5]);
    expect(kept.activities).toBe(log.activities);
    expect(Array.from(kept.activity, (id) => kept.activities.nameOf(id))).toEqual(['a', 'b', 'c', 'a', 'b']);
    expect(Object.isFrozen(kept)).toBe(true);
  });
});
