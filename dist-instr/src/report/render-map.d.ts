import { type MapMetric, type ProcessMap } from '../discovery/process-map.js';
import { type Style } from './style.js';
/** The contracted JSON: `{ algorithm, activities, edges, start, end, hidden }` (extended with counts and the metric). */
export declare function renderMapJson(map: ProcessMap, metric: MapMetric): string;
/** The JSON document of a map as an object (what `map --format json` prints, and what the report embeds). */
export declare function mapDocument(map: ProcessMap, metric: MapMetric): {
    hidden: {
        readonly activities: number;
        readonly activityNames: readonly string[];
        readonly edges: number;
        readonly endpointArcs: number;
        readonly events: number;
        readonly eventShare: number;
    };
    parallel?: readonly import("../discovery/process-map.js").MapParallel[] | undefined;
    algorithm: "dfg" | "heuristics";
    metric: "total" | "cases" | "median" | "p90" | "mean" | "max" | "frequency";
    cases: number;
    events: number;
    activities: {
        name: string;
        count: number;
        cases: number;
    }[];
    edges: {
        dependency?: number | undefined;
        from: string;
        to: string;
        count: number;
        cases: number;
        waiting: {
            mean: number;
            median: number;
            p90: number;
            max: number;
            total: number;
        } | null;
    }[];
    start: readonly import("../discovery/process-map.js").MapArc[];
    end: readonly import("../discovery/process-map.js").MapArc[];
};
/** A readable summary: activities, start/end, edges ranked by `metric` (at most `edgeLimit`), and what was hidden. */
export declare function renderMapText(map: ProcessMap, metric: MapMetric, style?: Style, edgeLimit?: number): string;
