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
export function rankByTotal(byName, totals, counts) {
    const byTotal = (a, b) => totals[b] - totals[a] || counts[b] - counts[a];
    const positive = [];
    const zero = [];
    let maxCount = 0;
    for (let i = 0; i < byName.length; i++) {
        const id = byName[i];
        const count = counts[id];
        if (count <= 0)
            continue;
        const total = totals[id];
        if (total > 0)
            positive.push(id);
        else if (total === 0) {
            zero.push(id);
            if (count > maxCount)
                maxCount = count;
        }
        else {
            const all = [];
            for (let j = 0; j < byName.length; j++)
                if (counts[byName[j]] > 0)
                    all.push(byName[j]);
            return all.sort(byTotal);
        }
    }
    positive.sort(byTotal);
    // Bucket k holds the rows with count maxCount - k, in name order.
    const next = new Int32Array(maxCount + 1);
    for (const id of zero) {
        const k = maxCount - counts[id] + 1;
        next[k] = next[k] + 1;
    }
    for (let k = 1; k <= maxCount; k++)
        next[k] = next[k] + next[k - 1];
    const ranked = positive.concat(new Array(zero.length).fill(0));
    for (const id of zero) {
        const k = maxCount - counts[id];
        ranked[positive.length + next[k]] = id;
        next[k] = next[k] + 1;
    }
    return ranked;
}
