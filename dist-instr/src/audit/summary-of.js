// Duration summaries for the audit without sorting: the rules and the what-if summarize millions of waiting times on
// large logs, and a sort per summary was most of the audit's time.
import { quantilesInPlace } from '../performance/quantiles-in-place.js';
import { EMPTY_SUMMARY } from '../performance/summarize.js';
/**
 * {@link summarize}'s figures of `values` (count, mean, median, p90, p95, max, total; R type 7 percentiles), found by
 * selection on a copy ({@link quantilesInPlace}: what summarizeInPlace computes, cut by leading bits first on large
 * lists), so `values` is left as it is. The order statistics equal `summarize`'s exactly; mean and total are summed in
 * input order, as summarizeInPlace sums, so with fractional values they can differ from `summarize`'s (summed in sorted
 * order) in the last bits of a double. Expected O(n).
 */
export function summaryOf(values) {
    const count = values.length;
    if (count === 0)
        return EMPTY_SUMMARY;
    const copy = Float64Array.from(values);
    let total = 0;
    let max = -Infinity;
    for (let i = 0; i < count; i++) {
        const value = copy[i];
        total += value;
        if (value > max)
            max = value;
    }
    const [median, p90, p95] = quantilesInPlace(copy, [0.5, 0.9, 0.95]);
    return { count, mean: total / count, median, p90, p95, max, total };
}
const cache = new WeakMap();
/** The summary of the waiting in front of step `s`'s signatures, computed once per context. Expected O(signatures of s). */
export function stepWaitingSummary(context, s) {
    let bySteps = cache.get(context);
    if (!bySteps)
        cache.set(context, (bySteps = new Map()));
    let summary = bySteps.get(s);
    if (!summary)
        bySteps.set(s, (summary = summaryOf(context.steps[s]?.waiting ?? [])));
    return summary;
}
