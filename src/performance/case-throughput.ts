// Throughput time per case: from the moment the case started to its last event's end.

import type { EventLog } from '../log/event-log.js';
import type { WorkingCalendar } from './calendar.js';
import { spanSeconds } from './event-waiting.js';

/** First instant of case `c`: its earliest start time where the log has start times, else its first timestamp. */
export function caseBegin(log: EventLog, c: number): number {
  const first = log.caseStart[c] as number;
  const end = log.caseStart[c + 1] as number;
  let begin = log.time[first] as number;
  const { startTime } = log;
  if (startTime) for (let e = first; e < end; e++) if ((startTime[e] as number) < begin) begin = startTime[e] as number;
  return begin;
}

/** Last instant of case `c`: its last event's end (events are sorted by end time). */
export function caseFinish(log: EventLog, c: number): number {
  return log.time[(log.caseStart[c + 1] as number) - 1] as number;
}

/**
 * Throughput time per case in seconds (working seconds with a calendar), from the first event's start (its timestamp
 * when the log has no start times) to the last event's end. Without start times this is PM4Py's
 * `get_all_case_durations` (last minus first timestamp). Empty cases get 0. O(n).
 */
export function caseThroughput(log: EventLog, calendar?: WorkingCalendar): Float64Array {
  const span = spanSeconds(calendar);
  const cases = log.caseIds.length;
  const throughput = new Float64Array(cases);
  for (let c = 0; c < cases; c++) {
    if ((log.caseStart[c + 1] as number) > (log.caseStart[c] as number)) throughput[c] = Math.max(0, span(caseBegin(log, c), caseFinish(log, c)));
  }
  return throughput;
}
