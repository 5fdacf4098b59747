import type { EventLog, LogSource } from './event-log.js';
import { type EventRow } from './log-builder.js';
/** An EventLog from rows in input order (see {@link LogBuilder}). O(n log n) worst case. */
export declare function logFromRows(rows: Iterable<EventRow>, source?: LogSource): EventLog;
/**
 * An EventLog from traces written as activity lists, e.g. `[['a', 'b'], ['a', 'c']]`: case ids `1`, `2`, … and one
 * event a minute (or the times given as `[activity, epochMs]` pairs). For hand-checked tests.
 */
export declare function logFromTraces(traces: readonly (readonly (string | readonly [string, number])[])[]): EventLog;
