// Variants of two periods: the activity sequences that appeared (NEW only) or vanished (OLD only), with their counts
// and shares, and the persisting ones with their change in share.
import { capped, delta } from './comparison.js';
// A separator no normalized label contains, so two different sequences never share a key.
const SEPARATOR = '\u0000';
function figures(row) {
    return { count: row.count, share: row.share, medianThroughput: row.medianThroughput };
}
const cases = (rows) => rows.reduce((sum, row) => sum + row.count, 0);
function bySequence(a, b) {
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++)
        if (a[i] !== b[i])
            return a[i] < b[i] ? -1 : 1;
    return a.length - b.length;
}
/**
 * Compares two variant lists (every variant of each period, as {@link variantRows} gives them, most frequent first).
 * Appearing and vanishing variants keep their period's order (count, then sequence); persisting ones are ranked by
 * the larger of their two shares, so a variant that collapsed shows as well as one that grew. Lists keep `limit`
 * rows and count the rest. O(v log v).
 */
export function compareVariants(before, after, limit) {
    const old = new Map(before.map((row) => [row.activities.join(SEPARATOR), row]));
    const now = new Map(after.map((row) => [row.activities.join(SEPARATOR), row]));
    const appearing = after.filter((row) => !old.has(row.activities.join(SEPARATOR)));
    const vanishing = before.filter((row) => !now.has(row.activities.join(SEPARATOR)));
    const persisting = after
        .filter((row) => old.has(row.activities.join(SEPARATOR)))
        .map((row) => {
        const earlier = old.get(row.activities.join(SEPARATOR));
        return { activities: row.activities, old: figures(earlier), new: figures(row), share: delta(earlier.share, row.share) };
    })
        .sort((a, b) => Math.max(b.old.share, b.new.share) - Math.max(a.old.share, a.new.share) || bySequence(a.activities, b.activities));
    const oldCases = cases(before);
    const newCases = cases(after);
    const shownAppearing = capped(appearing, limit);
    const shownVanishing = capped(vanishing, limit);
    const shownPersisting = capped(persisting, limit);
    return {
        old: { variants: before.length, cases: oldCases },
        new: { variants: after.length, cases: newCases },
        counts: { appearing: appearing.length, vanishing: vanishing.length, persisting: persisting.length },
        appearingShare: newCases > 0 ? cases(appearing) / newCases : 0,
        vanishingShare: oldCases > 0 ? cases(vanishing) / oldCases : 0,
        appearing: shownAppearing.shown.map((row) => ({ activities: row.activities, ...figures(row) })),
        moreAppearing: shownAppearing.more,
        vanishing: shownVanishing.shown.map((row) => ({ activities: row.activities, ...figures(row) })),
        moreVanishing: shownVanishing.more,
        persisting: shownPersisting.shown,
        morePersisting: shownPersisting.more,
    };
}
