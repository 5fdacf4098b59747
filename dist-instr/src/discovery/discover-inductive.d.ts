import type { EventLog } from '../log/event-log.js';
import { type ProcessTree } from './process-tree.js';
/** Options of {@link discoverInductive}. */
export interface InductiveOptions {
    /** IMf noise threshold in [0, 1); 0 (the default) is plain IM. */
    readonly noise?: number;
}
/** What the miner found and how. */
export interface InductiveResult {
    readonly variant: 'IM' | 'IMf';
    readonly noise: number;
    readonly tree: ProcessTree;
    /** How often each cut and fall-through was applied while mining. */
    readonly steps: Readonly<Record<string, number>>;
}
/**
 * Mines a process tree from distinct traces (global activity ids into `names`) with their counts. Every step works on
 * the sub-log's DFG over at most k activities with dense tables: a cut costs O(k · (k + e)) plus O(events) to
 * project; the activity-concurrent fall-through tries up to k removals. The result is folded and its choice and
 * parallel children ordered as PM4Py does.
 */
export declare function mineProcessTree(names: readonly string[], traces: readonly Int32Array[], counts: readonly number[], options?: InductiveOptions): InductiveResult;
/**
 * Inductive miner on an event log (Leemans et al.; IM at noise 0, IMf above): the process tree of the log's
 * variants. O(events) to group variants, then see {@link mineProcessTree}.
 */
export declare function discoverInductive(log: EventLog, options?: InductiveOptions): InductiveResult;
