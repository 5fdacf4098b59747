// Waiting time in front of each event: how long the case sat between the previous step finishing and this one starting.

import type { EventLog } from '../log/event-log.js';
import type { WorkingCalendar } from './calendar.js';

/**
 * Seconds between two instants (epoch ms): elapsed time, or working time in `calendar` when one is given. The one
 * place every measure turns a pair of instants into a duration.
 */
export function spanSeconds(calendar: WorkingCalendar | undefined): (fromMs: number, toMs: number) => number {
  return calendar && !calendar.calendarTime ? calendar.workingSeconds : (from, to) => (to - from) / 1000;
}

/** When event `e` started: its start time where the log has one, else its (only) timestamp. */
export function eventStart(log: EventLog, e: number): number {
  const start = log.startTime?.[e];
  return start !== undefined && !Number.isNaN(start) ? start : (log.time[e] as number);
}

/**
 * Waiting time per event in seconds (working seconds with a calendar): from the end of the previous event of the same
 * case to this event's start. With one timestamp per event this is the gap between the two timestamps, which is what
 * PM4Py's performance DFG puts on the edge (previous → this). An event that starts before the previous one ended
 * (overlapping work) waited 0. The first event of a case has no waiting: `NaN`.
 *
 * Indexed like the log's event columns. O(n) with the O(1) calendar lookup.
 */
export function eventWaiting(log: EventLog, calendar?: WorkingCalendar): Float64Array {
  // Each instant is looked up in the calendar once: an event's end is the next event's "previous end".
  const at = calendar && !calendar.calendarTime ? calendar.workingMsAt : (t: number): number => t;
  const { caseStart, time, startTime } = log;
  const waiting = new Float64Array(time.length);
  for (let c = 0; c + 1 < caseStart.length; c++) {
    const first = caseStart[c] as number;
    const end = caseStart[c + 1] as number;
    if (first >= end) continue;
    waiting[first] = NaN;
    let previousEnd = at(time[first] as number);
    for (let e = first + 1; e < end; e++) {
      const ended = at(time[e] as number);
      const started = startTime && !Number.isNaN(startTime[e] as number) ? at(startTime[e] as number) : ended;
      const wait = (started - previousEnd) / 1000;
      waiting[e] = wait > 0 ? wait : 0;
      previousEnd = ended;
    }
  }
  return waiting;
}

/**
 * {@link eventWaiting} with 0 for the first event of each case, in half the memory: an Int32Array of whole seconds,
 * when every waiting is a whole number of seconds below 2^31 (times stamped to the second or the minute, as most
 * exports are). Null as soon as one is not (then use eventWaiting). The same values as eventWaiting's, bit for bit.
 * O(n) with the O(1) calendar lookup.
 */
export function wholeSecondWaiting(log: EventLog, calendar?: WorkingCalendar): Int32Array | null {
  const at = calendar && !calendar.calendarTime ? calendar.workingMsAt : (t: number): number => t;
  const { caseStart, time, startTime } = log;
  const waiting = new Int32Array(time.length);
  for (let c = 0; c + 1 < caseStart.length; c++) {
    const first = caseStart[c] as number;
    const end = caseStart[c + 1] as number;
    if (first >= end) continue;
    let previousEnd = at(time[first] as number);
    for (let e = first + 1; e < end; e++) {
      const ended = at(time[e] as number);
      const started = startTime && !Number.isNaN(startTime[e] as number) ? at(startTime[e] as number) : ended;
      const wait = (started - previousEnd) / 1000;
      if (wait > 0) {
        if ((wait | 0) !== wait) return null;
        waiting[e] = wait;
      }
      previousEnd = ended;
    }
  }
  return waiting;
}

/**
 * Service time per event in seconds (working seconds with a calendar): start to end. `NaN` where the event has no start
 * time; `null` when the log has no start column at all. O(n).
 */
export function eventService(log: EventLog, calendar?: WorkingCalendar): Float64Array | null {
  const { startTime, time } = log;
  if (!startTime) return null;
  const span = spanSeconds(calendar);
  const service = new Float64Array(time.length);
  for (let e = 0; e < time.length; e++) {
    const start = startTime[e] as number;
    service[e] = Number.isNaN(start) ? NaN : Math.max(0, span(start, time[e] as number));
  }
  return service;
}
