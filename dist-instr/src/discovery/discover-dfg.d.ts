import type { EventLog } from '../log/event-log.js';
import { type Summary } from '../performance/summarize.js';
/** An edge a → b of the DFG: `b` directly followed `a` in some case. */
export interface DfgEdge {
    readonly from: number;
    readonly to: number;
    /** Number of times `b` directly followed `a`. */
    readonly count: number;
    /** Number of distinct cases in which it did. */
    readonly cases: number;
    /** Waiting time, time of b minus time of a, in seconds; `null` when not computed (`waiting: false`). */
    readonly waiting: Summary | null;
}
/** A directly-follows graph over the activity ids of a log. */
export interface Dfg {
    /** Activity names, indexed by id (the log's dictionary). */
    readonly names: readonly string[];
    /** Events per activity id. */
    readonly activityCounts: Int32Array;
    /** Cases in which each activity occurs at least once. */
    readonly activityCases: Int32Array;
    /** Edges, by count descending, then names. */
    readonly edges: readonly DfgEdge[];
    /** Cases starting with each activity id. */
    readonly startCounts: Int32Array;
    /** Cases ending with each activity id. */
    readonly endCounts: Int32Array;
    readonly caseCount: number;
    readonly eventCount: number;
}
/** Options of {@link discoverDfg}. */
export interface DfgOptions {
    /** Compute per-edge waiting-time summaries (default true); without them the DFG costs one pass. */
    readonly waiting?: boolean;
}
/**
 * Directly-follows graph of `log` (van der Aalst, Process Mining, 2016, ch. 6; the same relation as PM4Py's
 * `discover_dfg`, with the same event order within a case). Edges are keyed by integer pairs of activity ids.
 *
 * O(n) expected: waiting-time quantiles come from selection ({@link summarizeInPlace}), not sorting.
 */
export declare function discoverDfg(log: EventLog, options?: DfgOptions): Dfg;
/** Name/count pairs of the activities with a non-zero count, by count descending then name. */
export declare function namedCounts(names: readonly string[], counts: Int32Array): {
    name: string;
    count: number;
}[];
