// The XES attribute keys redtape maps to the log's columns, shared by the reader and the writer so a log written as
// XES reads back into the same columns.
/**
 * Standard keys per role: the Concept, Time and Organizational extensions of XES (IEEE 1849), plus PM4Py's
 * `start_timestamp` for start times and a plain `decision` key (XES has no standard one). The case id is the trace's
 * `concept:name`; the others are event keys.
 */
export const XES_KEYS = {
    case: 'concept:name',
    activity: 'concept:name',
    timestamp: 'time:timestamp',
    startTimestamp: 'start_timestamp',
    resource: 'org:resource',
    role: 'org:role',
    decision: 'decision',
};
/** Prefix given to an attribute whose key the writer already uses for a mapped column (e.g. a second `concept:name`). */
export const RENAMED_PREFIX = 'original:';
