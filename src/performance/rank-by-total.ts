// The order of the per-resource tables: total waiting (descending), then events (descending), then name. With
// applicants as users most of 130,000 rows tie on a total of 0, so those are ordered by counting, not by comparisons.

/**
 * The ids of `byName` (ids in alphabetical order of their names, {@link idsByName}) that have `counts[id] > 0`,
 * ranked by `totals` descending, then `counts` descending, ties left in name order: exactly what a stable sort of
 * them with the comparator `totals[b] - totals[a] || counts[b] - counts[a]` gives. Positive totals are sorted with
 * that comparator; the rows whose total is 0 (they come last) by a stable counting sort on their counts. Any negative
 * or NaN total falls back to the comparator sort of every row. O(k log k) for k positive totals, plus O(z + max count)
 * for z zero totals.
 */
export function rankByTotal(byName: ArrayLike<number>, totals: Float64Array, counts: Int32Array): number[] {
  const byTotal = (a: number, b: number): number => (totals[b] as number) - (totals[a] as number) || (counts[b] as number) - (counts[a] as number);
  const positive: number[] = [];
  const zero: number[] = [];
  let maxCount = 0;
  for (let i = 0; i < byName.length; i++) {
    const id = byName[i] as number;
    const count = counts[id] as number;
    if (count <= 0) continue;
    const total = totals[id] as number;
    if (total > 0) positive.push(id);
    else if (total === 0) {
      zero.push(id);
      if (count > maxCount) maxCount = count;
    } else {
      const all: number[] = [];
      for (let j = 0; j < byName.length; j++) if ((counts[byName[j] as number] as number) > 0) all.push(byName[j] as number);
      return all.sort(byTotal);
    }
  }
  positive.sort(byTotal);
  // Bucket k holds the rows with count maxCount - k, in name order.
  const next = new Int32Array(maxCount + 1);
  for (const id of zero) {
    const k = maxCount - (counts[id] as number) + 1;
    next[k] = (next[k] as number) + 1;
  }
  for (let k = 1; k <= maxCount; k++) next[k] = (next[k] as number) + (next[k - 1] as number);
  const ranked = positive.concat(new Array<number>(zero.length).fill(0));
  for (const id of zero) {
    const k = maxCount - (counts[id] as number);
    ranked[positive.length + (next[k] as number)] = id;
    next[k] = (next[k] as number) + 1;
  }
  return ranked;
}
