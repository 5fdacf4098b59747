import type { EventLog } from '../log/event-log.js';
import { type Dfg, type DfgEdge } from './discover-dfg.js';
/** Thresholds of the heuristics miner; every default is PM4Py's. */
export interface HeuristicsOptions {
    /** Minimum dependency (a⇒b) for an edge to be kept. Default 0.5. */
    readonly dependency?: number;
    /** AND measure above which two outputs (or inputs) of a node are taken as parallel. Default 0.65. */
    readonly and?: number;
    /** Minimum length-two-loop measure (a b a) for the loop to be added. Default 0.5. */
    readonly loopTwo?: number;
    /** Minimum events of an activity for it to be a node. Default 1. */
    readonly minActivityCount?: number;
    /** Minimum directly-follows count of a kept edge. Default 1. */
    readonly minDfgOccurrences?: number;
    /** DFG pre-cleaning: drop a → b when its count is below this share of both endpoints' strongest edge. Default 0.05. */
    readonly dfgNoise?: number;
}
export declare const HEURISTICS_DEFAULTS: Required<HeuristicsOptions>;
/** An edge of the heuristics net with its dependency measure (0 for edges added as length-two loops). */
export interface HeuristicsEdge extends DfgEdge {
    readonly dependency: number;
}
/** A pair of outputs (or inputs) of `node` whose AND measure reaches the threshold: they run in parallel. */
export interface AndRelation {
    readonly node: number;
    readonly first: number;
    readonly second: number;
    readonly measure: number;
}
/** A heuristics net: the activities kept as nodes, the causal edges, and the parallel pairs. */
export interface HeuristicsNet {
    readonly dfg: Dfg;
    /** Activity ids kept as nodes. */
    readonly nodes: readonly number[];
    readonly edges: readonly HeuristicsEdge[];
    readonly andSplits: readonly AndRelation[];
    readonly andJoins: readonly AndRelation[];
    readonly options: Required<HeuristicsOptions>;
}
/**
 * Heuristics miner (Weijters, van der Aalst and Alves de Medeiros, "Process mining with the HeuristicsMiner
 * algorithm", TU/e WP 166, 2006), following PM4Py 2.7's classic variant step by step:
 * 1. pre-clean the DFG: drop a → b when count(a → b) < noise × the larger count among each endpoint's edges
 *    (below the threshold of both endpoints);
 * 2. dependency a ⇒ b = (|a>b| − |b>a|) / (|a>b| + |b>a| + 1), and |a>a| / (|a>a| + 1) for self-loops;
 * 3. keep the edges with dependency, count and endpoint counts at their thresholds;
 * 4. add length-two loops (a b a patterns) between kept nodes that no dependency edge joins, with dependency 0.
 *
 * O(n) to count plus O(E + V²) over the V activities and E edges (the AND measure looks at pairs of a node's edges).
 */
export declare function discoverHeuristics(log: EventLog, options?: HeuristicsOptions): HeuristicsNet;
