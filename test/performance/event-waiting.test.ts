import { describe, expect, it } from 'vitest';
import { logFromRows } from '../../src/log/log-from-rows.js';
import { buildCalendar } from '../../src/performance/calendar.js';
import { caseThroughput } from '../../src/performance/case-throughput.js';
import { eventService, eventWaiting, wholeSecondWaiting } from '../../src/performance/event-waiting.js';
import { parseWorkHours } from '../../src/performance/parse-work-hours.js';

const at = (iso: string): number => Date.parse(iso);
const office = buildCalendar({ week: parseWorkHours('office'), holidays: [], timezone: 'UTC' }, at('2024-03-01T00:00:00Z'), at('2024-04-01T00:00:00Z'));

describe('eventWaiting', () => {
  const log = logFromRows([
    { caseId: 'a', activity: 'submit', time: at('2024-03-08T16:00:00Z') }, // Friday
    { caseId: 'a', activity: 'review', time: at('2024-03-11T10:00:00Z') }, // Monday
    { caseId: 'a', activity: 'sign', time: at('2024-03-11T10:00:00Z') },
    { caseId: 'b', activity: 'submit', time: at('2024-03-05T12:00:00Z') },
  ]);
  it('is the gap from the previous event, NaN for a case’s first event', () => {
    expect([...eventWaiting(log)]).toEqual([NaN, 66 * 3600, 0, NaN]);
  });
  it('in whole seconds: the same figures in an Int32Array, 0 for first events; null when one is not whole', () => {
    const whole = wholeSecondWaiting(log);
    expect(whole).toBeInstanceOf(Int32Array);
    expect([...(whole ?? [])]).toEqual([0, 66 * 3600, 0, 0]);
    expect([...(wholeSecondWaiting(log, office) ?? [])]).toEqual([0, 2 * 3600, 0, 0]);
    const fractional = logFromRows([
      { caseId: 'a', activity: 'submit', time: at('2024-03-08T16:00:00Z') },
      { caseId: 'a', activity: 'review', time: at('2024-03-08T16:00:00.250Z') },
    ]);
    expect(wholeSecondWaiting(fractional)).toBeNull();
    const long = logFromRows([
      { caseId: 'a', activity: 'submit', time: 0 },
      { caseId: 'a', activity: 'review', time: 2 ** 31 * 1000 },
    ]);
    expect(wholeSecondWaiting(long)).toBeNull();
  });
  it('counts working seconds with a calendar', () => {
    expect([...eventWaiting(log, office)]).toEqual([NaN, 2 * 3600, 0, NaN]);
    expect([...caseThroughput(log, office)]).toEqual([2 * 3600, 0]);
    expect([...caseThroughput(log)]).toEqual([66 * 3600, 0]);
  });
});

describe('eventWaiting and eventService with start times', () => {
  const log = logFromRows([
    { caseId: '1', activity: 'a', startTime: at('2024-03-04T09:00:00Z'), time: at('2024-03-04T10:00:00Z') },
    { caseId: '1', activity: 'b', startTime: at('2024-03-04T12:00:00Z'), time: at('2024-03-04T13:00:00Z') },
    { caseId: '1', activity: 'c', startTime: at('2024-03-04T12:30:00Z'), time: at('2024-03-04T14:00:00Z') }, // overlaps b
    { caseId: '1', activity: 'd', time: at('2024-03-04T15:00:00Z') }, // no start: waiting is the gap
  ]);
  it('waits from the previous end to this start; overlap waits 0', () => {
    expect([...eventWaiting(log)]).toEqual([NaN, 2 * 3600, 0, 3600]);
  });
  it('serves from start to end, NaN without a start', () => {
    expect([...(eventService(log) as Float64Array)]).toEqual([3600, 3600, 5400, NaN]);
    expect(eventService(logFromRows([{ caseId: '1', activity: 'a', time: 0 }]))).toBeNull();
  });
  it('runs throughput from the first start to the last end', () => {
    expect([...caseThroughput(log)]).toEqual([6 * 3600]);
  });
});
