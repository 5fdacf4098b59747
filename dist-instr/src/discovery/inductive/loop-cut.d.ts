import { type LocalDfg, type SubLog } from './sub-log.js';
/** Body first, then the redo groups; null when no loop cut exists. O(k²). */
export declare function detectLoopCut(dfg: LocalDfg): number[][] | null;
/**
 * Cuts each trace into body and redo runs: body runs go to the body log, each redo run to the redo group sharing
 * most distinct activities with it (ties: the later group). O(events · groups).
 */
export declare function projectLoop(log: SubLog, groupOf: Int32Array, groupCount: number): SubLog[];
