// Which steps are getting slower: a trend test on each activity's median waiting per period.

import type { EventLog } from '../log/event-log.js';
import { periodsOf, type PeriodGrid } from './period-grid.js';
import { groupScratch, mediansLaid, startsFromCounts } from './summarize-groups.js';
import { trendTest, type Trend } from './trend-test.js';

/** Observations a period needs before its median counts in an activity's series. */
export const MIN_EVENTS_PER_PERIOD = 3;

/**
 * Per activity id, {@link trendTest} on its median waiting per period (periods with at least
 * {@link MIN_EVENTS_PER_PERIOD} waiting figures), the period of an event being that of its own timestamp. A step is
 * rising when Mann–Kendall's p < 0.05 and Sen's slope is positive. O(n + activities × periods²) expected; one
 * selection per activity and period (the median alone, {@link mediansLaid}).
 */
export function waitingTrends(log: EventLog, waiting: Float64Array, grid: PeriodGrid
): Trend[] {
  const size = log.activities.size;
  const periods = grid.count;
  const periodOf = periodsOf(grid, log.time);
  // Group (activity, period) of event e: activity × periods + period, recomputed in both passes of the counting sort
  // rather than stored for every event.
  const { activity } = log;
  const starts = new Int32Array(size * periods + 1);
  for (let e = 0; e < waiting.length; e++) {
    if (Number.isNaN(waiting[e] as number)) continue;
    const g = (activity[e] as number) * periods + (periodOf[e] as number) + 1;
    starts[g] = (starts[g] as number) + 1;
  }
  const cursor = startsFromCounts(starts);
  const laid = groupScratch(starts[size * periods] as number);
  for (let e = 0; e < waiting.length; e++) {
    const wait = waiting[e] as number;
    if (Number.isNaN(wait)) continue;
    const g = (activity[e] as number) * periods + (periodOf[e] as number);
    laid[cursor[g] as number] = wait;
    cursor[g] = (cursor[g] as number) + 1;
  }
  const { counts, medians } = mediansLaid(laid, starts);
  const trends: Trend[] = [];
  for (let a = 0; a < size; a++) {
    const at: number[] = [];
    const series: number[] = [];
    for (let k = 0; k < periods; k++) {
      if ((counts[a * periods + k] as number) >= MIN_EVENTS_PER_PERIOD) {
        at.push(k);
        series.push(medians[a * periods + k] as number);
      }
    }
    trends.push(trendTest(at, series));
  }
  return trends;
}
