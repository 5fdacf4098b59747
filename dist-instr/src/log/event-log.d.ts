import type { Dictionary } from './dictionary.js';
/** A column of other data from the export (an event or a case attribute), interned like the activity column. */
export interface AttributeColumn {
    readonly name: string;
    readonly values: Dictionary;
    /** Value id per event (or per case for case attributes); {@link NONE} where the row had no value. */
    readonly ids: Int32Array;
}
/** How the input was read: which columns mean what and how timestamps were parsed. */
export interface LogSource {
    /** Input names (file paths, or `-` for standard input). */
    readonly files: readonly string[];
    /** Role → column name in the input, e.g. `{ case: 'case_id', activity: 'step', ... }`. */
    readonly mapping: Readonly<Record<string, string>>;
    /** Human-readable description of the timestamp format chosen, e.g. `ISO 8601` or `Jalali yyyy/MM/dd HH:mm`. */
    readonly timestampFormat: string;
    /** IANA zone used for times written without an offset. */
    readonly timezone: string;
}
/**
 * A frozen, columnar event log.
 *
 * Events of case `c` are positions `caseStart[c]` to `caseStart[c + 1] - 1` of every event column.
 * Dictionaries are shared between a log and the logs filtered from it.
 */
export interface EventLog {
    readonly activities: Dictionary;
    readonly resources: Dictionary;
    readonly roles: Dictionary;
    readonly decisions: Dictionary;
    /** Case id per case. */
    readonly caseIds: readonly string[];
    /** Offsets of each case's first event; length is the number of cases plus one. */
    readonly caseStart: Int32Array;
    /** Activity id per event. */
    readonly activity: Int32Array;
    /** End (completion) time per event, epoch milliseconds UTC. */
    readonly time: Float64Array;
    /** Start time per event, epoch milliseconds UTC, `NaN` where unknown; `null` when the log has no start column. */
    readonly startTime: Float64Array | null;
    /** Resource id per event, {@link NONE} when absent. */
    readonly resource: Int32Array;
    /** Role id per event, {@link NONE} when absent. */
    readonly role: Int32Array;
    /** Decision id per event, {@link NONE} when absent. */
    readonly decision: Int32Array;
    /** Position of the event in the input (0-based data row across all files): the tie-break for equal times. */
    readonly order: Int32Array;
    /** Other columns of the input, per event. */
    readonly eventAttributes: readonly AttributeColumn[];
    /** Case-level attributes (XES trace attributes), per case. */
    readonly caseAttributes: readonly AttributeColumn[];
    readonly source: LogSource;
}
/** Number of cases. O(1). */
export declare function caseCount(log: EventLog): number;
/** Number of events. O(1). */
export declare function eventCount(log: EventLog): number;
