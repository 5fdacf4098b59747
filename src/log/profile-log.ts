// What is in a log and how clean it is: the figures `redtape inspect` shows, computed in one pass over the columns.

import { quantileSorted } from 'simple-statistics';
import { NONE, type Dictionary } from './dictionary.js';
import type { EventLog } from './event-log.js';
import { idsByName } from './name-order.js';

/** A name with how many events carry it. */
export interface NameCount {
  readonly name: string;
  readonly count: number;
}

/** Summary and data-quality figures of a log. */
export interface LogProfile {
  readonly events: number;
  readonly cases: number;
  /** By count descending, then name. */
  readonly activities: readonly NameCount[];
  readonly resources: readonly NameCount[];
  readonly roles: readonly NameCount[];
  readonly decisions: readonly NameCount[];
  /** ISO UTC instants of the first and last event; null for an empty log. */
  readonly timeRange: { readonly start: string; readonly end: string } | null;
  readonly eventsPerCase: { readonly min: number; readonly median: number; readonly max: number };
  readonly quality: {
    /** Events equal to an earlier event of the same case in activity, time and resource. */
    readonly duplicateEvents: number;
    readonly duplicateExamples: readonly string[];
    readonly singleEventCases: number;
    /** Events later than `now`. */
    readonly futureEvents: number;
    /** Events whose start time is after their end time. */
    readonly startAfterEnd: number;
  };
}

function countNames(ids: Int32Array, dictionary: Dictionary): NameCount[] {
  const counts = new Float64Array(dictionary.size);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number;
    if (id !== NONE) counts[id] = (counts[id] as number) + 1;
  }
  // In name order first: the stable sort by count leaves ties in name order.
  const used: number[] = [];
  for (const id of idsByName(dictionary)) if ((counts[id] as number) > 0) used.push(id);
  used.sort((a, b) => (counts[b] as number) - (counts[a] as number));
  return used.map((id) => ({ name: dictionary.nameOf(id), count: counts[id] as number }));
}

/**
 * Profiles `log`: counts per dictionary, time range, events per case, duplicates (same case, activity, time and
 * resource), single-event cases, events after `now` (epoch ms) and events that start after they end. O(n) plus
 * O(k log k) per case to find duplicates among events with equal times.
 */
export function profileLog(log: EventLog, now: number): LogProfile {
  const n = log.activity.length;
  const cases = log.caseIds.length;
  let first = Infinity;
  let last = -Infinity;
  let future = 0;
  for (let e = 0; e < n; e++) {
    const time = log.time[e] as number;
    const start = log.startTime ? (log.startTime[e] as number) : NaN;
    const earliest = Number.isNaN(start) ? time : Math.min(time, start);
    if (earliest < first) first = earliest;
    if (time > last) last = time;
    if (time > now) future++;
  }
  const lengths = new Int32Array(cases);
  let single = 0;
  let duplicates = 0;
  const duplicateExamples: string[] = [];
  for (let c = 0; c < cases; c++) {
    const from = log.caseStart[c] as number;
    const to = log.caseStart[c + 1] as number;
    lengths[c] = to - from;
    if (to - from === 1) single++;
    // Events are sorted by time within a case, so duplicates sit in runs of equal time.
    for (let e = from + 1; e < to; e++) {
      for (let k = e - 1; k >= from && log.time[k] === log.time[e]; k--) {
        if (log.activity[k] === log.activity[e] && log.resource[k] === log.resource[e]) {
          duplicates++;
          if (duplicateExamples.length < 5) duplicateExamples.push(log.caseIds[c] as string);
          break;
        }
      }
    }
  }
  let startAfterEnd = 0;
  if (log.startTime) for (let e = 0; e < n; e++) if ((log.startTime[e] as number) > (log.time[e] as number)) startAfterEnd++;
  lengths.sort();
  return {
    events: n,
    cases,
    activities: countNames(log.activity, log.activities),
    resources: countNames(log.resource, log.resources),
    roles: countNames(log.role, log.roles),
    decisions: countNames(log.decision, log.decisions),
    timeRange: n === 0 ? null : { start: new Date(first).toISOString(), end: new Date(last).toISOString() },
    eventsPerCase: {
      min: lengths[0] ?? 0,
      median: lengths.length ? quantileSorted(lengths as unknown as number[], 0.5) : 0,
      max: lengths[lengths.length - 1] ?? 0,
    },
    quality: { duplicateEvents: duplicates, duplicateExamples: [...new Set(duplicateExamples)], singleEventCases: single, futureEvents: future, startAfterEnd },
  };
}
