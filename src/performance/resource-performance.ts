// Per resource (or role): how much they handle, how long cases wait in front of them, and whether their queue grows.

import { NONE, type Dictionary } from '../log/dictionary.js';
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

// Per-group counts of the first pass, interleaved so that an event touches one cache line of its group (a log whose
// users include the applicants has 100,000s of groups, most of them cold). The second pass turns EVENTS and LAST_CASE
// into write cursors.
const EVENTS = 0; // events; in the second pass, the next free slot of the group's periods
const CASES = 1;
const LAST_CASE = 2; // the last case counted; in the second pass, the next free slot of the group's waiting values
const VALUES = 3; // waiting values that are not NaN
const STRIDE = 4;

/**
 * Per resource (`by: 'resource'`) or role (`by: 'role'`), ranked by the total waiting in front of them (descending;
 * a median over two events would put occasional users first),
 * from per-event `waiting` ({@link eventWaiting}). Events without a resource (role) are left out. The queue trend is
 * {@link trendTest} on the number in hand per period. O(n + Σ active periods + groups × trend) time.
 *
 * A counting sort in two passes over the events lays out each group's events contiguously: their arrival and
 * completion periods, and their waiting values (the same values in the same order as {@link summarizeGroups}). The
 * passes only write to a group's slots (no read-modify-write of per-group series, which costs a cache miss per event
 * of a cold group); each group's in-hand counts are then built from its own events in a small scratch series. A log
 * whose users include the applicants has 100,000s of resources: their in-hand counts live in one shared Int32Array
 * over each one's active periods (not resources × periods), and each `inHand.series` (a full-length period array) is
 * laid out only when read (a test, `JSON.stringify`), then kept. The reports never read it.
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
  const stat = new Int32Array(size * STRIDE);
  for (let b = LAST_CASE; b < stat.length; b += STRIDE) stat[b] = -1;
  const { caseStart } = log;
  const cases = caseStart.length - 1;
  for (let c = 0; c < cases; c++) {
    for (let e = caseStart[c] as number; e < (caseStart[c + 1] as number); e++) {
      const r = column[e] as number;
      if (r === NONE) continue;
      const b = r * STRIDE;
      stat[b + EVENTS] = (stat[b + EVENTS] as number) + 1;
      if (stat[b + LAST_CASE] !== c) {
        stat[b + LAST_CASE] = c;
        stat[b + CASES] = (stat[b + CASES] as number) + 1;
      }
      if (!Number.isNaN(waiting[e] as number)) stat[b + VALUES] = (stat[b + VALUES] as number) + 1;
    }
  }
  // A group with at least as many events as the grid has periods (a clerk, a role) counts its arrivals and completions
  // per period in place (a few hundred integers, always in cache); the others (applicants: one or two events each) get
  // slots for their events' periods, written once each. EVENTS becomes the slot cursor, or ~(offset of the counts).
  const periods = grid.count;
  const events = new Int32Array(size);
  let slots = 0;
  let hot = 0;
  let valueCount = 0;
  for (let r = 0, b = 0; r < size; r++, b += STRIDE) {
    const count = stat[b + EVENTS] as number;
    events[r] = count;
    if (count >= periods) stat[b + EVENTS] = ~(2 * periods * hot++);
    else {
      stat[b + EVENTS] = slots;
      slots += count;
    }
    stat[b + LAST_CASE] = valueCount;
    valueCount += stat[b + VALUES] as number;
  }
  // Work arrives at an event when its case's previous event ends; a case's first event, at its own start.
  const periodOf = periodsOf(grid, log.time);
  const spans = new Int32Array(2 * slots); // arrival and completion period of each event of the small groups
  const tallies = new Int32Array(2 * periods * hot); // per large group: arrivals per period, then completions
  const laid = groupScratch(valueCount);
  for (let c = 0; c < cases; c++) {
    const first = caseStart[c] as number;
    if (first >= (caseStart[c + 1] as number)) continue;
    let arrived = grid.indexOf(eventStart(log, first));
    for (let e = first; e < (caseStart[c + 1] as number); e++) {
      const done = periodOf[e] as number;
      const r = column[e] as number;
      if (r !== NONE) {
        const b = r * STRIDE;
        const slot = stat[b + EVENTS] as number;
        if (slot >= 0) {
          spans[2 * slot] = arrived;
          spans[2 * slot + 1] = done;
          stat[b + EVENTS] = slot + 1;
        } else {
          tallies[~slot + arrived] = (tallies[~slot + arrived] as number) + 1;
          tallies[~slot + periods + done] = (tallies[~slot + periods + done] as number) + 1;
        }
        const wait = waiting[e] as number;
        if (!Number.isNaN(wait)) {
          const at = stat[b + LAST_CASE] as number;
          laid[at] = wait;
          stat[b + LAST_CASE] = at + 1;
        }
      }
      arrived = done;
    }
  }
  const { rows, totals } = groupRows(dictionary, periods, stat, events, { spans, tallies }, laid);
  return rankByTotal(idsByName(dictionary), totals, events).map((r) => rows[r] as ResourcePerformance);
}

/**
 * Each group's row from its events' periods (`spans` for the small groups, in group order, or `tallies` for the large
 * ones, as laid out by {@link resourcePerformance}) and its waiting values (`laid`). A group is in hand from its first
 * arrival to its last completion (its active periods): +1 at each arrival, -1 at each completion, summed over its
 * periods into `held` (arrivals after the last completion are never counted; completions before the first arrival
 * count from the start). O(events + groups × periods for the large groups + Σ active periods + groups × trend).
 */
function groupRows(
  dictionary: Dictionary,
  periods: number,
  stat: Int32Array,
  events: Int32Array,
  { spans, tallies }: { spans: Int32Array; tallies: Int32Array },
  laid: Float64Array
): { rows: ResourcePerformance[]; totals: Float64Array } {
  const size = events.length;
  const ranges = new Int32Array(2 * size); // first arrival, last completion
  let heldSize = 0;
  for (let r = 0, slot = 0, hot = 0; r < size; r++) {
    let first = periods;
    let last = -1;
    if ((events[r] as number) >= periods) {
      const base = 2 * periods * hot++;
      first = 0;
      while (first < periods && tallies[base + first] === 0) first++;
      last = periods - 1;
      while (last >= 0 && tallies[base + periods + last] === 0) last--;
    } else {
      for (const end = slot + (events[r] as number); slot < end; slot++) {
        if ((spans[2 * slot] as number) < first) first = spans[2 * slot] as number;
        if ((spans[2 * slot + 1] as number) > last) last = spans[2 * slot + 1] as number;
      }
    }
    ranges[2 * r] = first;
    ranges[2 * r + 1] = last;
    heldSize += Math.max(0, last - first + 1);
  }
  const held = new Int32Array(heldSize);
  const change = new Int32Array(periods + 1); // +1 at arrival, -1 at completion, by period; zero between groups
  const rows = new Array<ResourcePerformance>(size);
  const totals = new Float64Array(size);
  for (let r = 0, slot = 0, hot = 0, start = 0, values = 0; r < size; r++) {
    const count = events[r] as number;
    if (count === 0) continue;
    const from = ranges[2 * r] as number;
    const last = ranges[2 * r + 1] as number;
    let before = 0; // completions before the first arrival
    if (count >= periods) {
      const base = 2 * periods * hot++;
      for (let k = 0; k < periods; k++) {
        if (k <= last) change[k] = (change[k] as number) + (tallies[base + k] as number);
        if (k < from) before -= tallies[base + periods + k] as number;
        else change[k] = (change[k] as number) - (tallies[base + periods + k] as number);
      }
    } else {
      for (const end = slot + count; slot < end; slot++) {
        const arrived = spans[2 * slot] as number;
        const done = spans[2 * slot + 1] as number;
        if (arrived <= last) change[arrived] = (change[arrived] as number) + 1;
        if (done < from) before--;
        else change[done] = (change[done] as number) - 1;
      }
    }
    const active = Math.max(0, last - from + 1);
    let now = before;
    let total = 0;
    let max = 0;
    for (let k = from; k < from + active; k++) {
      now += change[k] as number;
      change[k] = 0;
      held[start + k - from] = now;
      total += now;
      if (now > max) max = now;
    }
    const b = r * STRIDE;
    const valuesEnd = stat[b + LAST_CASE] as number;
    const waits = summarizeRange(laid, values, valuesEnd);
    values = valuesEnd;
    totals[r] = waits.total;
    rows[r] = {
      name: dictionary.nameOf(r),
      events: count,
      cases: stat[b + CASES] as number,
      waiting: waits,
      inHand: new LazyInHand(active ? total / active : 0, max, periods, from, held, start, active),
      queueTrend: countTrend(held, start, active),
    };
    start += active;
  }
  return { rows, totals };
}

/** A per-period series of in-hand counts as resourcePerformance keeps it: zero outside `counts`, which start at period `from`. */
export interface InHandLayout {
  /** Length of the series (the periods of the grid). */
  readonly periods: number;
  readonly from: number;
  /** A view of the shared counts: not to be written. */
  readonly counts: Int32Array;
}

/**
 * The compact form of `inHand.series` when `inHand` was made by {@link resourcePerformance}, so that writers (JSON
 * output) can lay the series out without materializing it: `series[k]` is `counts[k - from]` for k in from …
 * from + counts.length - 1, else 0. `undefined` for any other object. O(1).
 */
export function inHandLayout(inHand: object): InHandLayout | undefined {
  return LazyInHand.layout(inHand);
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

  /** The compact form of `value`'s series when it is a LazyInHand (read whether or not the series was laid out). */
  static layout(value: object): InHandLayout | undefined {
    if (!(#held in value)) return undefined;
    const length = Math.max(0, Math.min(value.#active, value.#periods - value.#from));
    return { periods: value.#periods, from: value.#from, counts: value.#held.subarray(value.#start, value.#start + length) };
  }

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
