import { describe, expect, it } from 'vitest';
import { absorbParts, builderParts, deferPart, partSummary, transferables, type DeferredPart, type PartScatter, type Placing } from '../../src/log/builder-parts.js';
import type { EventLog } from '../../src/log/event-log.js';
import { LogBuilder, type EventRow } from '../../src/log/log-builder.js';

const SOURCE = { files: ['x'], mapping: {}, timestampFormat: 'ISO 8601', timezone: 'UTC' };

/** Seeded rows with interleaved cases, late events, start times, spelling variants and attributes. */
function rows(count: number, seed: number): EventRow[] {
  let state = seed;
  const random = (n: number): number => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) % n;
  const steps = ['ثبت درخواست', 'ثبت  درخواست', 'تاييد كارشناس', 'تایید کارشناس', 'Approve', 'Reject '];
  return Array.from({ length: count }, (_, i) => {
    const row: EventRow = {
      caseId: `C${random(400)}`,
      activity: steps[random(steps.length)] as string,
      time: i * 1000 - (random(10) === 0 ? 50_000 : 0),
      ...(random(3) === 0 ? { startTime: i * 1000 - 500 } : {}),
      ...(random(4) === 0 ? {} : { resource: `user ${random(30)}` }),
      ...(random(2) === 0 ? { role: random(2) === 0 ? 'واحد فني' : 'واحد فنی' } : {}),
      ...(random(5) === 0 ? { decision: 'approved' } : {}),
      ...(random(3) === 0 ? { attributes: { amount: String(random(7)) } } : {}),
    };
    return row;
  });
}

function plain(log: EventLog): unknown {
  return {
    ...log,
    activities: log.activities.names,
    resources: log.resources.names,
    roles: log.roles.names,
    decisions: log.decisions.names,
    eventAttributes: log.eventAttributes.map((a) => ({ name: a.name, values: a.values.names, ids: Array.from(a.ids) })),
    caseAttributes: log.caseAttributes.map((a) => ({ name: a.name, values: a.values.names, ids: Array.from(a.ids) })),
  };
}

describe('absorbParts', () => {
  it.each([
    [1, 5000, 0],
    [2, 5000, 2500],
    [3, 140_000, 70_001], // the later part spans chunks
    [4, 3000, 3000],
  ])('joining a split read gives the log one builder makes of all rows (seed %i)', (seed, count, cut) => {
    const all = rows(count, seed);
    const setCaseAttribute = (builder: LogBuilder, row: EventRow): void => {
      if (row.caseId.endsWith('7')) builder.setCaseAttribute(builder.caseIndex(row.caseId), 'region', row.caseId.length > 3 ? 'north' : 'south');
    };
    const whole = new LogBuilder();
    for (const row of all) {
      whole.add(row);
      setCaseAttribute(whole, row);
    }
    const first = new LogBuilder();
    const second = new LogBuilder();
    all.forEach((row, i) => {
      const builder = i < cut ? first : second;
      builder.add(row);
      setCaseAttribute(builder, row);
    });
    const parts = builderParts(second);
    expect(transferables(parts).every((buffer) => buffer instanceof ArrayBuffer)).toBe(true);
    absorbParts(first, structuredClone(parts));
    expect(first.report()).toEqual(whole.report());
    expect(plain(first.build(SOURCE))).toEqual(plain(whole.build(SOURCE)));
  });

  it.each([
    ['only the later part has start times', false, true],
    ['only the earlier part has start times', true, false],
  ])('joins parts of which %s, and takes more events after joining', (_, earlierStarts, laterStarts) => {
    const all = rows(140_000, 7).map((row, i) => {
      const { startTime, ...rest } = row;
      const starts = i < 70_000 ? earlierStarts : i < 110_000 ? laterStarts : true;
      return starts && startTime !== undefined ? { ...rest, startTime } : rest;
    });
    const whole = new LogBuilder();
    for (const row of all) whole.add(row);
    // Three inputs in a row, as with several files: the middle one read by another builder and joined.
    const second = new LogBuilder();
    all.slice(70_000, 110_000).forEach((row) => second.add(row));
    const joined = new LogBuilder();
    all.slice(0, 70_000).forEach((row) => joined.add(row));
    absorbParts(joined, structuredClone(builderParts(second)));
    all.slice(110_000).forEach((row) => joined.add(row));
    expect(joined.size).toBe(all.length);
    expect(joined.report()).toEqual(whole.report());
    expect(plain(joined.build(SOURCE))).toEqual(plain(whole.build(SOURCE)));
  });

  it.each([
    [5, 140_000, 70_001, 'both parts have start times'],
    [6, 140_000, 30_000, 'only the earlier part has start times'],
    [7, 140_000, 100_000, 'only the later part has start times'],
    [8, 5000, 0, 'no start times'],
    [9, 3000, 3000, 'no start times'],
  ])('a deferred join, each side placing its own events, gives the log one builder makes (seed %i, %s)', async (seed, count, cut, starts) => {
    const all = rows(count, seed).map((row, i) => {
      const { startTime, ...rest } = row;
      const keep = starts === 'both parts have start times' || (starts === 'only the earlier part has start times' ? i < cut : starts === 'only the later part has start times' && i >= cut);
      return keep && startTime !== undefined ? { ...rest, startTime } : rest;
    });
    const setCaseAttribute = (builder: LogBuilder, row: EventRow): void => {
      if (row.caseId.endsWith('3')) builder.setCaseAttribute(builder.caseIndex(row.caseId), 'region', row.caseId.length > 3 ? 'north' : 'south');
    };
    const whole = new LogBuilder();
    const first = new LogBuilder();
    const second = new LogBuilder();
    all.forEach((row, i) => {
      for (const builder of [whole, i < cut ? first : second]) {
        builder.add(row);
        setCaseAttribute(builder, row);
      }
    });
    const summary = partSummary(second);
    expect(transferables(summary).every((buffer) => buffer instanceof ArrayBuffer)).toBe(true);
    let released = 0;
    const part: DeferredPart = {
      summary: structuredClone(summary),
      scatter: (plan) => {
        second.placeTimes(plan);
        let placed: Promise<PartScatter> = Promise.reject(new Error('no label maps sent'));
        placed.catch(() => undefined);
        return {
          labels: (maps) => (placed = Promise.resolve(second.placeLabels(maps))),
          get placed() {
            return placed;
          },
        };
      },
      release: () => released++,
    };
    deferPart(first, part);
    expect(first.size).toBe(all.length);
    expect(() => first.push(0, 0, 0, NaN, -1, -1, -1)).toThrow(/no more events/);
    const joined = await first.buildJoined(SOURCE);
    const log = whole.build(SOURCE);
    expect(first.report()).toEqual(whole.report());
    expect(plain(joined)).toEqual(plain(log));
    expect(joined.time.buffer).toBeInstanceOf(SharedArrayBuffer);
    first.releaseDeferred();
    expect(released).toBe(0);
  });

  it('lets a deferred part go when the log is not built with it', () => {
    const first = new LogBuilder();
    first.add({ caseId: '1', activity: 'a', time: 0 });
    const second = new LogBuilder();
    second.add({ caseId: '2', activity: 'b', time: 1 });
    let released = 0;
    const never: Placing = { labels: () => undefined, placed: new Promise(() => undefined) };
    deferPart(first, { summary: partSummary(second), scatter: () => never, release: () => released++ });
    expect(() => first.build(SOURCE)).toThrow(/buildJoined/);
    first.releaseDeferred();
    first.releaseDeferred();
    expect(released).toBe(1);
  });

  it('joins an empty part, and a part into an empty builder', () => {
    const all = rows(3000, 9);
    const whole = new LogBuilder();
    for (const row of all) whole.add(row);
    const target = new LogBuilder();
    absorbParts(target, structuredClone(builderParts(new LogBuilder())));
    const other = new LogBuilder();
    for (const row of all) other.add(row);
    absorbParts(target, structuredClone(builderParts(other)));
    expect(plain(target.build(SOURCE))).toEqual(plain(whole.build(SOURCE)));
  });

  it('spends the builder whose parts were taken', () => {
    const builder = new LogBuilder();
    builder.add({ caseId: '1', activity: 'a', time: 0 });
    builderParts(builder);
    expect(() => builder.build(SOURCE)).toThrow(/built/);
  });
});
