import { type Comparison, type ComparisonInput } from './comparison.js';
/** Case ids of `after` that `before` has too, in `after`'s order. O(c). */
export declare function sharedCaseIds(before: readonly string[], after: readonly string[]): string[];
export interface CompareOptions {
    /** Rows each list keeps (the rest are counted); default {@link DEFAULT_LIST_LIMIT}. */
    readonly limit?: number;
}
/**
 * Compares OLD with NEW. Both sides must come from the same analysis options (the same calendar, rules and
 * thresholds), or the changes measure the options instead of the process; the calendar echoed is NEW's.
 * Deterministic: the same inputs give the same model. O(s + f log f + v log v) for s steps, f findings, v variants.
 */
export declare function compareReports(before: ComparisonInput, after: ComparisonInput, options?: CompareOptions): Comparison;
