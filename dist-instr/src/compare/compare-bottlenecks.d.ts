import type { ActivityBottleneck } from '../performance/analyze-bottlenecks.js';
import { type BottleneckComparison } from './comparison.js';
/**
 * Compares the step rankings of two bottleneck analyses (each ranked by total waiting, as `analyzeBottlenecks`
 * returns them). Persisting steps are listed by NEW's rank, appearing by NEW's, vanishing by OLD's; each list keeps
 * `limit` rows and counts the rest. Given each period's waiting per step, every listed persisting step gets a
 * Mann–Whitney test of its waiting. O(s) for s steps, plus O(n log n) for the tests.
 */
export declare function compareBottlenecks(before: readonly ActivityBottleneck[], after: readonly ActivityBottleneck[], limit: number, waiting?: {
    readonly old: ReadonlyMap<string, Float64Array>;
    readonly new: ReadonlyMap<string, Float64Array>;
}): BottleneckComparison;
