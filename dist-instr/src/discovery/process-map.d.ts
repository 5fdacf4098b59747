import type { Summary } from '../performance/summarize.js';
import type { Dfg } from './discover-dfg.js';
import type { HeuristicsNet } from './discover-heuristics.js';
import { type SimplifyOptions } from './simplify-dfg.js';
/** The quantity edges are annotated and weighted by. */
export declare const MAP_METRICS: readonly ["frequency", "cases", "mean", "median", "p90", "max", "total"];
export type MapMetric = (typeof MAP_METRICS)[number];
export interface MapActivity {
    readonly name: string;
    /** Events of the activity. */
    readonly count: number;
    /** Cases in which it occurs. */
    readonly cases: number;
}
export interface MapArc {
    readonly name: string;
    readonly count: number;
}
export interface MapEdgeView {
    readonly from: string;
    readonly to: string;
    readonly count: number;
    readonly cases: number;
    readonly waiting: Summary | null;
    /** Heuristics miner only. */
    readonly dependency?: number;
}
export interface ProcessMap {
    readonly algorithm: 'dfg' | 'heuristics';
    readonly caseCount: number;
    readonly eventCount: number;
    /** Activities shown, most frequent first. */
    readonly activities: readonly MapActivity[];
    /** Edges shown, strongest first. */
    readonly edges: readonly MapEdgeView[];
    readonly start: readonly MapArc[];
    readonly end: readonly MapArc[];
    /** Heuristics miner only: pairs of outputs (splits) or inputs (joins) of an activity that run in parallel. */
    readonly parallel?: readonly MapParallel[];
    readonly hidden: {
        readonly activities: number;
        readonly activityNames: readonly string[];
        readonly edges: number;
        readonly endpointArcs: number;
        readonly events: number;
        readonly eventShare: number;
    };
}
/** Two branches after (split) or before (join) an activity that the AND measure says run in parallel. */
export interface MapParallel {
    readonly kind: 'split' | 'join';
    readonly activity: string;
    readonly branches: readonly [string, string];
    readonly measure: number;
}
/** The map of a DFG: every activity, edge and start/end arc, then simplified. O((V + E)²) with simplification. */
export declare function dfgMap(dfg: Dfg, simplify?: SimplifyOptions): ProcessMap;
/** The map of a heuristics net: its nodes and causal edges; start and end arcs to its start and end activities. */
export declare function heuristicsMap(net: HeuristicsNet, simplify?: SimplifyOptions): ProcessMap;
/** The value of `metric` on an edge: a count, or a waiting-time figure in seconds (0 when not computed). */
export declare function edgeMetric(edge: MapEdgeView, metric: MapMetric): number;
/** True for the metrics that are durations. */
export declare function isTimeMetric(metric: MapMetric): boolean;
