import type { Summary } from '../performance/summarize.js';
import { type ThroughputComparison } from './comparison.js';
/**
 * Throughput of OLD and NEW, how each figure moved, and (given each period's per-case values) whether the
 * distribution shifted: Mann–Whitney U. O(1), plus O(n log n) for the test.
 */
export declare function compareThroughput(before: Summary, after: Summary, samples?: {
    readonly old: Float64Array;
    readonly new: Float64Array;
}): ThroughputComparison;
