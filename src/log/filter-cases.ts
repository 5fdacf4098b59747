// A filter verb: keeps the cases a predicate accepts, returning a new log that shares the dictionaries.

import type { AttributeColumn, EventLog } from './event-log.js';

/**
 * New log with the cases `keep(caseIndex, log)` accepts, in the same order. Dictionaries are shared (ids stay valid),
 * event columns are copied. O(n) in the number of events.
 */
export function filterCases(log: EventLog, keep: (caseIndex: number, log: EventLog) => boolean): EventLog {
  const kept: number[] = [];
  let events = 0;
  for (let c = 0; c < log.caseIds.length; c++) {
    if (keep(c, log)) {
      kept.push(c);
      events += (log.caseStart[c + 1] as number) - (log.caseStart[c] as number);
    }
  }
  const positions = new Int32Array(events);
  const caseStart = new Int32Array(kept.length + 1);
  let at = 0;
  kept.forEach((c, k) => {
    caseStart[k] = at;
    for (let e = log.caseStart[c] as number; e < (log.caseStart[c + 1] as number); e++) positions[at++] = e;
  });
  caseStart[kept.length] = at;
  const pickInt = (column: Int32Array): Int32Array => positions.map((e) => column[e] as number);
  const pickFloat = (column: Float64Array): Float64Array => Float64Array.from(positions, (e) => column[e] as number);
  const pickCases = (column: AttributeColumn): AttributeColumn =>
    Object.freeze({ ...column, ids: Int32Array.from(kept, (c) => column.ids[c] as number) });
  return Object.freeze({
    ...log,
    caseIds: Object.freeze(kept.map((c) => log.caseIds[c] as string)),
    caseStart,
    activity: pickInt(log.activity),
    time: pickFloat(log.time),
    startTime: log.startTime ? pickFloat(log.startTime) : null,
    resource: pickInt(log.resource),
    role: pickInt(log.role),
    decision: pickInt(log.decision),
    order: pickInt(log.order),
    eventAttributes: Object.freeze(log.eventAttributes.map((column) => Object.freeze({ ...column, ids: pickInt(column.ids) }))),
    caseAttributes: Object.freeze(log.caseAttributes.map(pickCases)),
  });
}
