// Per directly-follows edge a → b: how often b follows a in a case, and how long the case waits in between.

import type { EventLog } from '../log/event-log.js';
import type { Summary } from './summarize.js';
import { summarizeGroups } from './summarize-groups.js';

export interface EdgePerformance {
  readonly from: string;
  readonly to: string;
  readonly count: number;
  /** Waiting of the `to` event ({@link eventWaiting}): end of `from` to start of `to`. */
  readonly waiting: Summary;
}

/**
 * Count and waiting distribution per edge (consecutive events of a case), ranked by count (descending), then names.
 * Without start times and a calendar, mean and median equal PM4Py's performance DFG. O(n) expected.
 */
export function edgePerformance(log: EventLog, waiting: Float64Array
): EdgePerformance[] {
  const size = log.activities.size;
  const { activity, caseStart } = log;
  const edgeOf = new Int32Array(activity.length).fill(-1);
  // Edge ids by activity pair: a dense table when it fits (the usual case), a Map otherwise.
  const dense = size * size <= 1 << 22 ? new Int32Array(size * size).fill(-1) : null;
  const ids = new Map<number, number>();
  const pairs: number[] = [];
  for (let c = 0; c + 1 < caseStart.length; c++) {
    for (let e = (caseStart[c] as number) + 1; e < (caseStart[c + 1] as number); e++) {
      const key = (activity[e - 1] as number) * size + (activity[e] as number);
      let id = dense ? (dense[key] as number) : (ids.get(key) ?? -1);
      if (id < 0) {
        id = pairs.length;
        if (dense) dense[key] = id;
        else ids.set(key, id);
        pairs.push(key);
      }
      edgeOf[e] = id;
    }
  }
  const counts = new Int32Array(pairs.length);
  for (const id of edgeOf) if (id >= 0) counts[id] = (counts[id] as number) + 1;
  // An edge's waiting figures are those of its target events; NaN never occurs here (targets are never first events).
  const summaries = summarizeGroups(waiting, edgeOf, pairs.length);
  const rows = pairs.map((key, id): EdgePerformance => ({
    from: log.activities.nameOf(Math.floor(key / size)),
    to: log.activities.nameOf(key % size),
    count: counts[id] as number,
    waiting: summaries[id] as Summary,
  }));
  const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return rows.sort((a, b) => b.count - a.count || byName(a.from, b.from) || byName(a.to, b.to));
}
