// Per resource (or role): how much they handle, how long cases wait in front of them, and whether their queue grows.

import { NONE } from '../log/dictionary.js';
import type { EventLog } from '../log/event-log.js';
import { idsByName } from '../log/name-order.js';
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
 * {@link trendTest} on the number in hand per period. O(n + Σ active periods + groups × trend) time.
 *
 * A log whose users include the applicants has 100,000s of resources: their in-hand counts live in one shared
 * Int32Array over each one's active periods (not resources × periods), and each `inHand.series` (a full-length period array) is laid out only when read
 * (JSON output, a test), then kept. The text and HTML reports never read it.
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
  const firstPeriod = new Int32Array(size).fill(periods); // first arrival
  const lastPeriod = new Int32Array(size).fill(-1); // last completion
  const lowest = new Int32Array(size).fill(periods); // first arrival or completion (a start after its end comes first)
  const periodOf = periodsOf(grid, log.time);
  const arrivedOf = arrivalsOf(log, grid, periodOf);
  const { caseStart } = log;
  for (let c = 0; c + 1 < caseStart.length; c++) {
    for (let e = caseStart[c] as number; e < (caseStart[c + 1] as number); e++) {
      const r = column[e] as number;
      if (r === NONE) continue;
      events[r] = (events[r] as number) + 1;
      if (lastCase[r] !== c) {
        lastCase[r] = c;
        cases[r] = (cases[r] as number) + 1;
      }
      const arrived = arrivedOf[e] as number;
      const done = periodOf[e] as number;
      if (arrived < (firstPeriod[r] as number)) firstPeriod[r] = arrived;
      if (done > (lastPeriod[r] as number)) lastPeriod[r] = done;
      const low = arrived < done ? arrived : done;
      if (low < (lowest[r] as number)) lowest[r] = low;
    }
  }
  // +1 at arrival, -1 at completion, per resource over lowest … lastPeriod only (not every period of the grid), all
  // resources back to back: offsets[r] … offsets[r + 1]. Arrivals after the last completion are never counted.
  const offsets = new Int32Array(size + 1);
  for (let r = 0; r < size; r++) offsets[r + 1] = (offsets[r] as number) + Math.max(0, (lastPeriod[r] as number) - (lowest[r] as number) + 1);
  const held = new Int32Array(offsets[size] as number);
  for (let e = 0; e < column.length; e++) {
    const r = column[e] as number;
    if (r === NONE) continue;
    const at = (offsets[r] as number) - (lowest[r] as number);
    const arrived = arrivedOf[e] as number;
    if (arrived <= (lastPeriod[r] as number)) held[at + arrived] = (held[at + arrived] as number) + 1;
    const done = at + (periodOf[e] as number);
    held[done] = (held[done] as number) - 1;
  }
  const waits = summarizeGroups(waiting, column, size);
  const positions = Float64Array.from({ length: periods + 1 }, (_, k) => k);
  const rows = new Array<ResourcePerformance>(size);
  for (let r = 0; r < size; r++) {
    if (events[r] === 0) continue;
    const from = firstPeriod[r] as number;
    const start = (offsets[r] as number) + from - (lowest[r] as number);
    const active = Math.max(0, (lastPeriod[r] as number) - from + 1);
    let now = 0;
    for (let i = offsets[r] as number; i < start; i++) now += held[i] as number; // completions before any arrival
    let total = 0;
    let max = 0;
    for (let i = start; i < start + active; i++) {
      now += held[i] as number;
      held[i] = now;
      total += now;
      if (now > max) max = now;
    }
    rows[r] = {
      name: dictionary.nameOf(r),
      events: events[r] as number,
      cases: cases[r] as number,
      waiting: waits[r] as Summary,
      inHand: new LazyInHand(active ? total / active : 0, max, periods, from, held, start, active),
      queueTrend: trendTest(positions.subarray(from, from + active), held.subarray(start, start + active)),
    };
  }
  const totals = Float64Array.from(waits, (summary) => summary.total);
  // In name order first: the stable sort then leaves ties by total and events in name order.
  const order: number[] = [];
  for (const r of idsByName(dictionary)) if ((events[r] as number) > 0) order.push(r);
  order.sort((a, b) => (totals[b] as number) - (totals[a] as number) || (events[b] as number) - (events[a] as number));
  return order.map((r) => rows[r] as ResourcePerformance);
}

const arrivalsCache = new WeakMap<Int32Array, Int32Array>();

/**
 * Per event, the period its work arrived in: that of its case's previous event's end, or of its own start for a case's
 * first event. Each event is in hand at the end of periods arrived … done - 1. Computed once per log and grid (shared
 * by the resource and role passes). O(n).
 */
function arrivalsOf(log: EventLog, grid: PeriodGrid, periodOf: Int32Array): Int32Array {
  let arrived = arrivalsCache.get(periodOf);
  if (arrived) return arrived;
  arrived = new Int32Array(periodOf.length);
  const { caseStart } = log;
  for (let c = 0; c + 1 < caseStart.length; c++) {
    const first = caseStart[c] as number;
    if (first < (caseStart[c + 1] as number)) arrived[first] = grid.indexOf(eventStart(log, first));
    for (let e = first + 1; e < (caseStart[c + 1] as number); e++) arrived[e] = periodOf[e - 1] as number;
  }
  arrivalsCache.set(periodOf, arrived);
  return arrived;
}

/**
 * The in-hand figures of one resource. `series` (zeros outside the active periods, `held[start … start + active]` from
 * period `from`) is an own enumerable accessor, so JSON and equality see it like a plain property; it lays the array
 * out on first read and then replaces itself with it. Private fields keep the source out of JSON and equality.
 * O(1) to make (one shared accessor), O(periods) on first read.
 */
class LazyInHand {
  readonly mean: number;
  readonly max: number;
  declare readonly series: readonly number[];
  readonly #periods: number;
  readonly #from: number;
  readonly #held: Int32Array;
  readonly #start: number;
  readonly #active: number;

  static readonly #series: PropertyDescriptor = {
    enumerable: true,
    configurable: true,
    get(this: LazyInHand): readonly number[] {
      const series = new Array<number>(this.#periods).fill(0);
      for (let i = 0; i < this.#active && this.#from + i < this.#periods; i++) series[this.#from + i] = this.#held[this.#start + i] as number;
      Object.defineProperty(this, 'series', { value: series, enumerable: true, writable: false, configurable: false });
      return series;
    },
  };

  constructor(mean: number, max: number, periods: number, from: number, held: Int32Array, start: number, active: number) {
    this.mean = mean;
    this.max = max;
    Object.defineProperty(this, 'series', LazyInHand.#series);
    this.#periods = periods;
    this.#from = from;
    this.#held = held;
    this.#start = start;
    this.#active = active;
  }
}
