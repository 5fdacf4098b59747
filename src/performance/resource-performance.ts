// Per resource (or role): how much they handle, how long cases wait in front of them, and whether their queue grows.

import { NONE } from '../log/dictionary.js';
import type { EventLog } from '../log/event-log.js';
import { eventStart } from './event-waiting.js';
import { periodsOf, type PeriodGrid } from './period-grid.js';
import type { Summary } from './summarize.js';
import { summarizeGroups } from './summarize-groups.js';
import { trendTest, type Trend } from './trend-test.js';

export interface ResourcePerformance {
  readonly name: string;
  /** Events they handled. */
  readonly events: number;
  /** Distinct cases they touched. */
  readonly cases: number;
  /** Waiting in front of their events. */
  readonly waiting: Summary;
  /**
   * Cases in their hands at period ends: a case is in hand from the end of its previous event (work arrives) to the end
   * of their event on it. `mean` and `max` over the periods they were active in; `series` per period of the grid
   * (aligned with the work-in-progress series).
   */
  readonly inHand: { readonly mean: number; readonly max: number; readonly series: readonly number[] };
  /** Does the number in hand rise over the periods they were active in? */
  readonly queueTrend: Trend;
}

/**
 * Per resource (`by: 'resource'`) or role (`by: 'role'`), ranked by the total waiting in front of them (descending;
 * a median over two events would put occasional users first),
 * from per-event `waiting` ({@link eventWaiting}). Events without a resource (role) are left out. The queue trend is
 * {@link trendTest} on the number in hand per period. O(n + groups × periods²) expected.
 */
export function resourcePerformance(
  log: EventLog,
  waiting: Float64Array,
  grid: PeriodGrid,
  by: 'resource' | 'role' = 'resource'
): ResourcePerformance[] {
  const column = by === 'resource' ? log.resource : log.role;
  const dictionary = by === 'resource' ? log.resources : log.roles;
  const size = dictionary.size;
  if (size === 0) return [];
  const periods = grid.count;
  const events = new Int32Array(size);
  const cases = new Int32Array(size);
  const lastCase = new Int32Array(size).fill(-1);
  const delta = new Int32Array(size * (periods + 1));
  const firstPeriod = new Int32Array(size).fill(periods);
  const lastPeriod = new Int32Array(size).fill(-1);
  const { caseStart, time } = log;
  const periodOf = periodsOf(grid, time);
  for (let c = 0; c + 1 < caseStart.length; c++) {
    const first = caseStart[c] as number;
    let previousDone = 0;
    for (let e = first; e < (caseStart[c + 1] as number); e++) {
      const r = column[e] as number;
      if (r === NONE) {
        previousDone = periodOf[e] as number;
        continue;
      }
      events[r] = (events[r] as number) + 1;
      if (lastCase[r] !== c) {
        lastCase[r] = c;
        cases[r] = (cases[r] as number) + 1;
      }
      const arrived = e === first ? grid.indexOf(eventStart(log, e)) : previousDone;
      const done = periodOf[e] as number;
      previousDone = done;
      // In hand at the end of periods arrived … done - 1: +1 at arrival, -1 at completion.
      const row = r * (periods + 1);
      delta[row + arrived] = (delta[row + arrived] as number) + 1;
      delta[row + done] = (delta[row + done] as number) - 1;
      if (arrived < (firstPeriod[r] as number)) firstPeriod[r] = arrived;
      if (done > (lastPeriod[r] as number)) lastPeriod[r] = done;
    }
  }
  const waits = summarizeGroups(waiting, column, size);
  // One buffer of period positions and one of counts serve every resource's trend test (it keeps neither).
  const positions = Float64Array.from({ length: periods + 1 }, (_, k) => k);
  const counts = new Float64Array(periods + 1);
  const rows: ResourcePerformance[] = [];
  for (let r = 0; r < size; r++) {
    if (events[r] === 0) continue;
    const from = firstPeriod[r] as number;
    const to = lastPeriod[r] as number;
    const row = r * (periods + 1);
    const series = new Array<number>(periods).fill(0);
    let now = 0;
    for (let k = 0; k < from; k++) now += delta[row + k] as number;
    let active = 0;
    let total = 0;
    let max = 0;
    for (let k = from; k <= to; k++) {
      now += delta[row + k] as number;
      counts[active++] = now;
      if (k < periods) series[k] = now;
      total += now;
      if (now > max) max = now;
    }
    rows.push({
      name: dictionary.nameOf(r),
      events: events[r] as number,
      cases: cases[r] as number,
      waiting: waits[r] as Summary,
      inHand: { mean: active ? total / active : 0, max, series },
      queueTrend: trendTest(positions.subarray(from, from + active), counts.subarray(0, active)),
    });
  }
  return rows.sort((a, b) => b.waiting.total - a.waiting.total || b.events - a.events || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
