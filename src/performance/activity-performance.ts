// Per activity: how often it happens, how long cases wait in front of it, how long it takes, and its share of waiting.

import type { EventLog } from '../log/event-log.js';
import type { Summary } from './summarize.js';
import { summarizeGroups } from './summarize-groups.js';

export interface ActivityPerformance {
  readonly name: string;
  /** Events of this activity. */
  readonly count: number;
  /** Waiting in front of it (events that are not a case's first). */
  readonly waiting: Summary;
  /** Start-to-end time where the log has start times; `null` without a start column. */
  readonly service: Summary | null;
  /** Its total waiting over all activities' total waiting (0 … 1). */
  readonly shareOfWaiting: number;
}

/**
 * Frequency, waiting and service per activity, ranked by total waiting (descending, then name), from per-event
 * `waiting` and `service` ({@link eventWaiting}, {@link eventService}). `waits`, when given, are the waiting summaries
 * per activity id already computed from `waiting` (`summarizeGroups(waiting, log.activity, size)`, shared with
 * `edgePerformance`). O(n) expected (summaries by selection).
 */
export function activityPerformance(log: EventLog, waiting: Float64Array, service: Float64Array | null, waits: readonly Summary[] = summarizeGroups(waiting, log.activity, log.activities.size)
): ActivityPerformance[] {
  const size = log.activities.size;
  const counts = new Int32Array(size);
  const { activity } = log;
  for (let e = 0; e < activity.length; e++) counts[activity[e] as number] = (counts[activity[e] as number] as number) + 1;
  const services = service ? summarizeGroups(service, log.activity, size) : null;
  const grand = waits.reduce((sum, summary) => sum + summary.total, 0);
  const rows: ActivityPerformance[] = [];
  for (let id = 0; id < size; id++) {
    if (counts[id] === 0) continue;
    const wait = waits[id] as Summary;
    rows.push({
      name: log.activities.nameOf(id),
      count: counts[id] as number,
      waiting: wait,
      service: services ? (services[id] as Summary) : null,
      shareOfWaiting: grand > 0 ? wait.total / grand : 0,
    });
  }
  return rows.sort((a, b) => b.waiting.total - a.waiting.total || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
