import type { FormatReader } from '../read-options.js';
/**
 * Reads one `.xes` or `.xes.gz` input. Trace `concept:name` → case id, trace attributes → case attributes; event
 * `concept:name` → activity, `time:timestamp` → time (offsets applied: true UTC; without an offset, in
 * `options.timezone`), `org:resource`, `org:role`, `decision`, `start_timestamp` → their columns, every other event
 * attribute (`lifecycle:transition`, …) → event attributes. `options.columns` names other keys. Nested attributes
 * (children of an attribute, lists, containers) are not read. Events without activity or readable time are rejected
 * rows. O(n) in the input size; memory O(largest trace) beyond the log itself.
 */
export declare const readXes: FormatReader;
