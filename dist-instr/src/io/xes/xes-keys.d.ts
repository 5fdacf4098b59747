import type { ColumnRole } from '../read-options.js';
/**
 * Standard keys per role: the Concept, Time and Organizational extensions of XES (IEEE 1849), plus PM4Py's
 * `start_timestamp` for start times and a plain `decision` key (XES has no standard one). The case id is the trace's
 * `concept:name`; the others are event keys.
 */
export declare const XES_KEYS: Readonly<Record<ColumnRole, string>>;
/** Prefix given to an attribute whose key the writer already uses for a mapped column (e.g. a second `concept:name`). */
export declare const RENAMED_PREFIX = "original:";
