import { describe, expect, it } from 'vitest';
import { logFromRows } from '../../src/log/log-from-rows.js';
import { analyzeBottlenecks } from '../../src/performance/analyze-bottlenecks.js';
import { parseDuration } from '../../src/performance/duration.js';
import { parseHolidays } from '../../src/performance/parse-holidays.js';
import { parseWorkHours } from '../../src/performance/parse-work-hours.js';

const H = 3600;
const at = (iso: string): number => Date.parse(iso);

// Three permit cases, Monday 2024-03-04 onwards, one timestamp per event.
//   1: submit Mon 09:00 (ana) → review Mon 11:00 (bo) → sign Wed 09:00 (cy)
//   2: submit Mon 10:00 (ana) → review Mon 16:00 (bo) → sign Mon 17:00 (cy)
//   3: submit Tue 09:00 (ana) → review Fri 09:00 (bo) → sign Mon 09:00 next week (cy)
const log = logFromRows([
  { caseId: '1', activity: 'submit', time: at('2024-03-04T09:00:00Z'), resource: 'ana' },
  { caseId: '1', activity: 'review', time: at('2024-03-04T11:00:00Z'), resource: 'bo' },
  { caseId: '1', activity: 'sign', time: at('2024-03-06T09:00:00Z'), resource: 'cy' },
  { caseId: '2', activity: 'submit', time: at('2024-03-04T10:00:00Z'), resource: 'ana' },
  { caseId: '2', activity: 'review', time: at('2024-03-04T16:00:00Z'), resource: 'bo' },
  { caseId: '2', activity: 'sign', time: at('2024-03-04T17:00:00Z'), resource: 'cy' },
  { caseId: '3', activity: 'submit', time: at('2024-03-05T09:00:00Z'), resource: 'ana' },
  { caseId: '3', activity: 'review', time: at('2024-03-08T09:00:00Z'), resource: 'bo' },
  { caseId: '3', activity: 'sign', time: at('2024-03-11T09:00:00Z'), resource: 'cy' },
]);

describe('analyzeBottlenecks in calendar time', () => {
  const report = analyzeBottlenecks(log, { sla: parseDuration('2d') });
  it('ranks steps by total waiting, with shares and median ranks', () => {
    // sign waits 46 h + 1 h + 72 h = 119 h; review 2 h + 6 h + 72 h = 80 h; submit never waits.
    expect(report.activities.map((row) => [row.name, row.waiting.total / H, row.waiting.median / H, row.rankByMedian])).toEqual([
      ['sign', 119, 46, 1],
      ['review', 80, 6, 2],
      ['submit', 0, 0, 3],
    ]);
    expect(report.activities[0]?.shareOfWaiting).toBeCloseTo(119 / 199, 12);
    // Throughput 48 h + 7 h + 144 h = 199 h: with one timestamp per event all of it is waiting.
    expect(report.activities[0]?.shareOfThroughput).toBeCloseTo(119 / 199, 12);
    expect(report.activities[0]?.service).toBeNull();
    expect(report.cases).toEqual({ count: 3, throughput: expect.objectContaining({ count: 3, total: 199 * H, median: 48 * H, max: 144 * H }) });
  });
  it('gives edges and resources', () => {
    expect(report.edges.map((edge) => [edge.from, edge.to, edge.count, edge.waiting.mean / H])).toEqual([
      ['review', 'sign', 3, 119 / 3],
      ['submit', 'review', 3, 80 / 3],
    ]);
    expect(report.resources.map((row) => [row.name, row.events, row.cases, row.waiting.median / H])).toEqual([
      ['cy', 3, 3, 46],
      ['bo', 3, 3, 6],
      ['ana', 3, 3, 0],
    ]);
    expect(report.roles).toEqual([]);
    // In hand at each day's end: bo holds case 3 from Tuesday to Friday; cy holds case 1 Mon–Tue and case 3 Fri–Sun.
    const inHand = Object.fromEntries(report.resources.map((row) => [row.name, row.inHand]));
    expect(inHand.bo).toEqual({ mean: 3 / 5, max: 1, series: [0, 1, 1, 1, 0, 0, 0, 0] });
    expect(inHand.cy).toEqual({ mean: 5 / 8, max: 1, series: [1, 1, 0, 0, 1, 1, 1, 0] });
    expect(inHand.ana?.series).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
  it('counts work in progress per day', () => {
    expect(report.wip.period).toBe('day');
    expect(report.wip.series.slice(0, 3)).toEqual([
      { start: '2024-03-04T00:00:00.000Z', arrivals: 2, completions: 1, open: 1 },
      { start: '2024-03-05T00:00:00.000Z', arrivals: 1, completions: 0, open: 2 },
      { start: '2024-03-06T00:00:00.000Z', arrivals: 0, completions: 1, open: 1 },
    ]);
    expect(report.wip.maxOpen).toBe(2);
  });
  it('finds the cases over the SLA and the steps that explain the excess', () => {
    // Over 2 days: case 3 (144 h). Usual waits from cases 1 and 2: review median 4 h, sign median 23.5 h.
    expect(report.sla).toMatchObject({ limit: '2d', limitSeconds: 2 * 86_400, casesOver: 1, cases: ['3'], timeOver: 96 * H });
    expect(report.sla?.steps.map((step) => [step.name, step.typicalWaiting / H, step.excess / H])).toEqual([
      ['review', 4, 68],
      ['sign', 23.5, 48.5],
    ]);
  });
});

describe('analyzeBottlenecks with a working calendar', () => {
  const calendar = { week: parseWorkHours('office'), holidays: parseHolidays('2024-03-08 a holiday'), timezone: 'UTC' };
  const report = analyzeBottlenecks(log, { calendar, sla: parseDuration('2wd') });
  it('reports working seconds and echoes the calendar', () => {
    expect(report.unit).toBe('working seconds');
    expect(report.calendar).toEqual({ workingTime: true, name: 'office', workHours: 'mon-fri 09:00-17:00', timezone: 'UTC', holidays: [{ date: '2024-03-08', label: 'a holiday' }], dayLengthSeconds: 8 * H });
    // Case 3: Tue 09:00 → Fri 09:00 with Friday a holiday = Tue, Wed, Thu = 24 h; Fri → Mon 09:00 = 0 h.
    const review = report.activities.find((row) => row.name === 'review');
    expect(review?.waiting.total).toBe((2 + 6 + 24) * H);
    const sign = report.activities.find((row) => row.name === 'sign');
    // Case 1: Mon 11:00 → Wed 09:00 = 6 h + 8 h; case 2: 1 h; case 3: 0 h.
    expect(sign?.waiting.total).toBe((14 + 1 + 0) * H);
  });
  it('compares a working-day SLA with working throughput', () => {
    // Throughputs 16 h, 7 h, 24 h against 2 × 8 h.
    expect(report.sla).toMatchObject({ casesOver: 1, cases: ['3'], limitSeconds: 16 * H, timeOver: 8 * H });
  });
});
