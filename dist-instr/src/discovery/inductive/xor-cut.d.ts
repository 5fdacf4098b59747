import { type LocalDfg, type SubLog } from './sub-log.js';
/** Components of the DFG ignoring direction, or null when there is only one. O(k · words + e) with union-find. */
export declare function detectXorCut(dfg: LocalDfg): number[][] | null;
/**
 * Each trace goes to the group holding most of its events (ties: the later group, as PM4Py), projected on that
 * group. O(events).
 */
export declare function projectXor(log: SubLog, groupOf: Int32Array, groupCount: number): SubLog[];
