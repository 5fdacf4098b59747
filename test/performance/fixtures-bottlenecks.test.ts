// The seeded permit fixtures plant one slow step: the analysis must put it first, in calendar and in working time.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLog } from '../../src/io/read-log.js';
import { analyzeBottlenecks } from '../../src/performance/analyze-bottlenecks.js';
import { parseWorkHours } from '../../src/performance/parse-work-hours.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

const fixture = (name: string): string => join(REPO_ROOT, 'fixtures', name);
const slowStep = (truth: string): string => (JSON.parse(readFileSync(fixture(truth), 'utf8')) as { slowStep: string }).slowStep;

describe('bottlenecks on the permit fixtures', () => {
  it.each([
    ['permits-en.csv', 'permits-en.truth.json', 'UTC', 'mon-fri 09:00-17:00'],
    ['permits-fa.csv', 'permits-fa.truth.json', 'Asia/Tehran', 'sat-wed 08:00-14:00'],
  ])('%s: the planted slow step ranks first by total and by median waiting', async (file, truth, timezone, hours) => {
    const { log } = await readLog([fixture(file)], { timezone });
    const expected = slowStep(truth);
    for (const calendar of [undefined, { week: parseWorkHours(hours), holidays: [], timezone }]) {
      const report = analyzeBottlenecks(log, { calendar });
      expect(report.activities[0]?.name).toBe(expected);
      expect(report.activities.find((row) => row.rankByMedian === 1)?.name).toBe(expected);
      // Shares of waiting add up to one; waiting never exceeds throughput in total.
      expect(report.activities.reduce((sum, row) => sum + row.shareOfWaiting, 0)).toBeCloseTo(1, 9);
      expect(report.activities.reduce((sum, row) => sum + row.waiting.total, 0)).toBeLessThanOrEqual(report.cases.throughput.total + 1e-6);
    }
  });

  it('permits-en.csv has start times: service time per step, and waiting plus service within each case’s throughput', async () => {
    const { log } = await readLog([fixture('permits-en.csv')]);
    const report = analyzeBottlenecks(log);
    expect(log.startTime).not.toBeNull();
    for (const row of report.activities) expect(row.service?.count).toBe(row.count);
    const waiting = report.activities.reduce((sum, row) => sum + row.waiting.total, 0);
    const service = report.activities.reduce((sum, row) => sum + (row.service?.total ?? 0), 0);
    expect(waiting + service).toBeLessThanOrEqual(report.cases.throughput.total + 1e-6);
  });
});
