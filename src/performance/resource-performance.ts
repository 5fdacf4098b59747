// Per resource (or role): how much they handle, how long cases wait in front of them, and whether their queue grows.

import { NONE } from '../log/dictionary.js';
import type { EventLog } from '../log/event-log.js';
import { idsByName } from '../log/name-order.js';
import { eventStart } from './event-waiting.js';
import { periodsOf, type PeriodGrid } from './period-grid.js';
import { summarizeRange, type Summary } from './summarize.js';
import { groupScratch } from './summarize-groups.js';
import { countTrend, type Trend } from './trend-test.js';
import { rankByTotal } from './rank-by-total.js';

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

// Per-group figures gathered by the two passes over the events, interleaved so that an event touches one cache line
// of its group (a log whose users include the applicants has 100,000s of groups, most of them cold).
const EVENTS = 0;
const CASES = 1;
const LAST_CASE = 2; // the last case counted; after the first pass, the next free slot of the group's waiting values
const FIRST = 3; // first arrival period
const LAST = 4; // last completion period
const LOWEST = 5; // first arrival or completion period (a start after its end comes first)
const VALUES = 6; // waiting values that are not NaN
const HELD = 7; // where period 0 of the group would be in `held`
const STRIDE = 8;

/**
 * Per resource (`by: 'resource'`) or role (`by: 'role'`), ranked by the total waiting in front of them (descending;
 * a median over two events would put occasional users first),
 * from per-event `waiting` ({@link eventWaiting}). Events without a resource (role) are left out. The queue trend is
 * {@link trendTest} on the number in hand per period. O(n + Σ active periods + groups × trend) time.
 *
 * Two passes over the events: the first counts each group's events, cases, waiting values and period range; the
 * second adds +1 at arrival and -1 at completion to the group's stretch of `held` and lays its waiting values out
 * contiguously (the counting sort of {@link summarizeGroups}, the same values in the same order). A log whose users
 * include the applicants has 100,000s of resources: their in-hand counts live in one shared Int32Array over each one's
 * active periods (not resources × periods), and each `inHand.series` (a full-length period array) is laid out only
 * when read (a test, `JSON.stringify`), then kept. The reports never read it.
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
  const stat = new Int32Array(size * STRIDE);
  for (let b = 0; b < stat.length; b += STRIDE) {
    stat[b + LAST_CASE] = -1;
    stat[b + FIRST] = periods;
    stat[b + LAST] = -1;
    stat[b + LOWEST] = periods;
  }
  const periodOf = periodsOf(grid, log.time);
  const { caseStart } = log;
  const cases = caseStart.length - 1;
  // Work arrives at an event when its case's previous event ends; a case's first event, at its own start.
  const firstArrival = new Int32Array(Math.max(0, cases));
  for (let c = 0; c < cases; c++) {
    const first = caseStart[c] as number;
    if (first >= (caseStart[c + 1] as number)) continue;
    let arrived = (firstArrival[c] = grid.indexOf(eventStart(log, first)));
    for (let e = first; e < (caseStart[c + 1] as number); e++) {
      const done = periodOf[e] as number;
      const r = column[e] as number;
      if (r !== NONE) {
        const b = r * STRIDE;
        stat[b + EVENTS] = (stat[b + EVENTS] as number) + 1;
        if (stat[b + LAST_CASE] !== c) {
          stat[b + LAST_CASE] = c;
          stat[b + CASES] = (stat[b + CASES] as number) + 1;
        }
        if (arrived < (stat[b + FIRST] as number)) stat[b + FIRST] = arrived;
        if (done > (stat[b + LAST] as number)) stat[b + LAST] = done;
        const low = arrived < done ? arrived : done;
        if (low < (stat[b + LOWEST] as number)) stat[b + LOWEST] = low;
        if (!Number.isNaN(waiting[e] as number)) stat[b + VALUES] = (stat[b + VALUES] as number) + 1;
      }
      arrived = done;
    }
  }
  // Each group's stretch of `held` covers lowest … last only (not every period of the grid), all groups back to back;
  // arrivals after the last completion are never counted. Its waiting values follow the previous group's.
  let heldSize = 0;
  let valueCount = 0;
  for (let b = 0; b < stat.length; b += STRIDE) {
    const lowest = stat[b + LOWEST] as number;
    stat[b + HELD] = heldSize - lowest;
    heldSize += Math.max(0, (stat[b + LAST] as number) - lowest + 1);
    stat[b + LAST_CASE] = valueCount;
    valueCount += stat[b + VALUES] as number;
  }
  const held = new Int32Array(heldSize);
  const laid = groupScratch(valueCount);
  for (let c = 0; c < cases; c++) {
    let arrived = firstArrival[c] as number;
    for (let e = caseStart[c] as number; e < (caseStart[c + 1] as number); e++) {
      const done = periodOf[e] as number;
      const r = column[e] as number;
      if (r !== NONE) {
        const b = r * STRIDE;
        const at = stat[b + HELD] as number;
        if (arrived <= (stat[b + LAST] as number)) held[at + arrived] = (held[at + arrived] as number) + 1;
        held[at + done] = (held[at + done] as number) - 1;
        const wait = waiting[e] as number;
        if (!Number.isNaN(wait)) {
          const slot = stat[b + LAST_CASE] as number;
          laid[slot] = wait;
          stat[b + LAST_CASE] = slot + 1;
        }
      }
      arrived = done;
    }
  }
  const rows = new Array<ResourcePerformance>(size);
  const totals = new Float64Array(size);
  const events = new Int32Array(size);
  for (let r = 0; r < size; r++) {
    const b = r * STRIDE;
    if (stat[b + EVENTS] === 0) continue;
    const from = stat[b + FIRST] as number;
    const lowest = stat[b + LOWEST] as number;
    const start = (stat[b + HELD] as number) + from;
    const active = Math.max(0, (stat[b + LAST] as number) - from + 1);
    let now = 0;
    for (let i = start - from + lowest; i < start; i++) now += held[i] as number; // completions before any arrival
    let total = 0;
    let max = 0;
    for (let i = start; i < start + active; i++) {
      now += held[i] as number;
      held[i] = now;
      total += now;
      if (now > max) max = now;
    }
    const valuesEnd = stat[b + LAST_CASE] as number;
    const waits = summarizeRange(laid, valuesEnd - (stat[b + VALUES] as number), valuesEnd);
    events[r] = stat[b + EVENTS] as number;
    totals[r] = waits.total;
    rows[r] = {
      name: dictionary.nameOf(r),
      events: events[r] as number,
      cases: stat[b + CASES] as number,
      waiting: waits,
      inHand: new LazyInHand(active ? total / active : 0, max, periods, from, held, start, active),
      queueTrend: countTrend(held, start, active),
    };
  }
  return rankByTotal(idsByName(dictionary), totals, events).map((r) => rows[r] as ResourcePerformance);
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
