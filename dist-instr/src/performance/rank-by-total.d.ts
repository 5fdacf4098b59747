/**
 * The ids of `byName` (ids in alphabetical order of their names, {@link idsByName}) that have `counts[id] > 0`,
 * ranked by `totals` descending, then `counts` descending, ties left in name order: exactly what a stable sort of
 * them with the comparator `totals[b] - totals[a] || counts[b] - counts[a]` gives. Positive totals are sorted with
 * that comparator; the rows whose total is 0 (they come last) by a stable counting sort on their counts. Any negative
 * or NaN total falls back to the comparator sort of every row. O(k log k) for k positive totals, plus O(z + max count)
 * for z zero totals.
 */
export declare function rankByTotal(byName: ArrayLike<number>, totals: Float64Array, counts: Int32Array): number[];
