import { type LocalDfg, type SubLog } from './sub-log.js';
/**
 * Groups of the parallel cut, or null. PM4Py merges pairs in a list, appending each merged group at the end; the
 * final order is therefore the order of each group's last merge, which we track with a time stamp per root
 * instead of moving lists around: O(k²) instead of O(k³).
 */
export declare function detectConcurrencyCut(dfg: LocalDfg): number[][] | null;
/**
 * Every trace projected on each group. Counts add up when projections coincide (PM4Py overwrites them, a slip that
 * only matters to IMf's noise filter). O(events · groups).
 */
export declare function projectConcurrency(log: SubLog, groupOf: Int32Array, groupCount: number): SubLog[];
