import type { EventLog } from './event-log.js';
/**
 * New log with the cases `keep(caseIndex, log)` accepts, in the same order. Dictionaries are shared (ids stay valid),
 * event columns are copied. O(n) in the number of events.
 */
export declare function filterCases(log: EventLog, keep: (caseIndex: number, log: EventLog) => boolean): EventLog;
