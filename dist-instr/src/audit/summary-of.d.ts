import { type Summary } from '../performance/summarize.js';
import type { AuditContext } from './audit-context.js';
/**
 * {@link summarize}'s figures of `values` (count, mean, median, p90, p95, max, total; R type 7 percentiles), found by
 * selection on a copy ({@link quantilesInPlace}: what summarizeInPlace computes, cut by leading bits first on large
 * lists), so `values` is left as it is. The order statistics equal `summarize`'s exactly; mean and total are summed in
 * input order, as summarizeInPlace sums, so with fractional values they can differ from `summarize`'s (summed in sorted
 * order) in the last bits of a double. Expected O(n).
 */
export declare function summaryOf(values: ArrayLike<number>): Summary;
/** The summary of the waiting in front of step `s`'s signatures, computed once per context. Expected O(signatures of s). */
export declare function stepWaitingSummary(context: AuditContext, s: number): Summary;
