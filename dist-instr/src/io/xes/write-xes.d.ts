import type { EventLog } from '../../log/event-log.js';
/**
 * The log as XES, in chunks of about 64 KiB. Trace `concept:name` is the case id; case attributes are trace
 * attributes; each event has `concept:name`, `time:timestamp` (ISO 8601 UTC with milliseconds), and when present
 * `start_timestamp`, `org:resource`, `org:role`, `decision`, then its other attributes as `<string>`. An attribute
 * whose key one of these already uses is written as `original:<key>`. Events keep the log's order (by case, then
 * time). O(n) in events and attributes; each distinct label is escaped once.
 */
export declare function writeXes(log: EventLog): Generator<string>;
