// The comparison of two periods of a log (`redtape compare OLD NEW`): its JSON-ready model, what each side must
// provide, and the one definition of a change (absolute and relative) every part uses.
/** Version of the comparison JSON; bumped only when a key changes meaning or disappears. */
export const COMPARISON_SCHEMA_VERSION = 1;
/** Items each list shows by default; the rest are counted (`more…`), so the output stays bounded. */
export const DEFAULT_LIST_LIMIT = 20;
/** The change from `before` to `after`. O(1). */
export function delta(before, after) {
    return { old: before, new: after, absolute: after - before, relative: before === 0 ? null : (after - before) / Math.abs(before) };
}
export const THROUGHPUT_KEYS = ['count', 'mean', 'median', 'p90', 'p95', 'max'];
/** The first `limit` items and how many were left out. O(limit). */
export function capped(items, limit) {
    return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}
