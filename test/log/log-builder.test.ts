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
