import { describe, expect, it } from 'vitest';
import { activityLayout } from '../../src/performance/activity-layout.js';
import { logTimeRange } from '../../src/performance/calendar.js';
import { caseThroughput } from '../../src/performance/case-throughput.js';
import { eventWaiting } from '../../src/performance/event-waiting.js';
import { periodGrid, periodsOf } from '../../src/performance/period-grid.js';
import { breachedCases, slaBreaches } from '../../src/performance/sla-breaches.js';
import { groupMedians, summarizeGroups } from '../../src/performance/summarize-groups.js';
import { randomLog } from '../helpers/random-log.js';

describe('activityLayout against laying the values out per measure', () => {
  for (const [seed, startTimes, days] of [[1, false, 40], [2, true, 300], [3, true, 5]] as const) {
    it(`seed ${seed}: summaries, medians per period and within the SLA are the same, bit for bit`, () => {
      const log = randomLog(seed, { cases: 700, users: 30, startTimes, days });
      const waiting = eventWaiting(log);
      const [from, to] = logTimeRange(log);
      const grid = periodGrid(from, to, 'day', 'UTC');
      const periodOf = periodsOf(grid, log.time);
      const size = log.activities.size;
      const throughput = caseThroughput(log);
      const limit = [...throughput].sort((a, b) => a - b)[Math.floor(throughput.length * 0.8)] as number;
      for (const breached of [null, breachedCases(throughput, limit)]) {
        const layout = activityLayout(log, waiting, periodOf, grid.count, breached);
        expect(layout.waits).toEqual(summarizeGroups(waiting, log.activity, size));
        const expected = groupMedians(waiting, Int32Array.from(log.activity, (a, e) => a * grid.count + (periodOf[e] as number)), size * grid.count);
        expect(layout.periodCounts).toEqual(expected.counts);
        expect(layout.periodMedians).toEqual(expected.medians);
        if (breached) expect(slaBreaches(log, waiting, throughput, limit, layout.typical ?? undefined)).toEqual(slaBreaches(log, waiting, throughput, limit));
        else expect(layout.typical).toBeNull();
      }
    });
  }
});
