import type { EventLog } from '../../log/event-log.js';
/**
 * One RFC 4180 field: quoted when it holds a comma, quote or line break, or starts or ends with white space (which
 * readers may trim). Values are written as they are: this is a data file for tools, not a report, so cells that
 * look like spreadsheet formulas are not altered (that would change the data; reports neutralize them).
 */
export declare function csvField(value: string): string;
/**
 * The log as CSV in chunks of about 64 KiB: header `case,activity,timestamp[,start_timestamp],resource,role,decision`,
 * then each event attribute, then each case attribute as `case:<name>` (repeated on every row of the case). Times
 * are ISO 8601 UTC with milliseconds; absent values are empty fields. Rows follow the log's order (by case, then
 * time). An attribute whose name the reader would map to a role (e.g. `start` when there is no start column) or take
 * for a case attribute (`case:…`) is written as `original:<name>`. O(n) in events and attributes.
 */
export declare function writeCsv(log: EventLog): Generator<string>;
