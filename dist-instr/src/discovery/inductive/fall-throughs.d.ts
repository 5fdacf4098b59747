import type { TreeOperator } from '../process-tree.js';
import { type LocalDfg, type MinerContext, type SubLog } from './sub-log.js';
/** A fall-through's result: the operator and the sub-logs its children are mined from. */
export interface FallThrough {
    readonly name: 'activity-once-per-trace' | 'activity-concurrent' | 'strict-tau-loop' | 'tau-loop' | 'flower';
    readonly operator: TreeOperator;
    readonly logs: readonly SubLog[];
}
/** The first activity (name order) occurring exactly once in every trace, or null. O(events). */
export declare function activityOncePerTrace(log: SubLog, context: MinerContext): number | null;
/** `a` in parallel with the rest: one log of a's occurrences, one of everything else. O(events). */
export declare function splitOff(log: SubLog, a: number): SubLog[];
/**
 * The first activity (name order) whose removal lets one of the cuts apply, or null. `hasCut` is the miner's cut
 * detection. Each candidate's DFG is patched from the log's (no sub-log is built): O(events) once, then
 * O(k · words + cut detection) per candidate.
 */
export declare function activityConcurrent(log: SubLog, context: MinerContext, hasCut: (dfg: LocalDfg) => boolean): number | null;
/** A tau loop when splitting at restarts yields more traces than before. O(events). */
export declare function tauLoop(log: SubLog, context: MinerContext, strict: boolean): SubLog | null;
/** Flower model: a loop over the choice of every activity, with a silent redo. */
export declare function flower(log: SubLog, context: MinerContext): SubLog[];
/** The fall-through PM4Py would apply, in its order. */
export declare function fallThrough(log: SubLog, context: MinerContext, hasCut: (dfg: LocalDfg) => boolean): FallThrough;
