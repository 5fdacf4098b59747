import { type LocalDfg, type SubLog } from './sub-log.js';
/**
 * Groups of the strict sequence cut in order, or null. Reachability by one DFS per vertex over bit rows,
 * O(k · (k + e)); grouping O(k · words) by a bitset search; the strict merging O(k · e).
 */
export declare function detectSequenceCut(dfg: LocalDfg): number[][] | null;
/**
 * Splits each trace into one part per group where the cost (events of other groups skipped over) is least
 * (PM4Py's `_find_split_point`). O(events · groups).
 */
export declare function projectSequence(log: SubLog, groupOf: Int32Array, groupCount: number): SubLog[];
