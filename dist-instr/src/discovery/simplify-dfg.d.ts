/** An edge between two activities with its frequency (what "strongest" means). */
export interface MapEdge {
    readonly from: number;
    readonly to: number;
    readonly count: number;
}
/** An arc from the artificial start to an activity, or from an activity to the artificial end. */
export interface EndpointArc {
    readonly activity: number;
    readonly count: number;
}
/** A process map over activity ids: nodes, edges, and arcs from the artificial start and to the artificial end. */
export interface MapGraph<E extends MapEdge> {
    /** Events per activity id (the frequency that ranks activities). */
    readonly activityCounts: Int32Array;
    readonly nodes: readonly number[];
    readonly edges: readonly E[];
    readonly start: readonly EndpointArc[];
    readonly end: readonly EndpointArc[];
}
/** Percentages of the sliders, 0–100; absent means 100 (keep everything). */
export interface SimplifyOptions {
    readonly activities?: number;
    readonly paths?: number;
}
/** What the simplification left out. */
export interface Hidden {
    /** Activity ids hidden. */
    readonly activities: readonly number[];
    /** Activity-to-activity edges hidden. */
    readonly edges: number;
    /** Start and end arcs hidden. */
    readonly endpointArcs: number;
    /** Events of the hidden activities, and their share of all events of the map's activities. */
    readonly events: number;
    readonly eventShare: number;
}
export interface Simplified<E extends MapEdge> {
    readonly graph: MapGraph<E>;
    readonly hidden: Hidden;
}
/**
 * Keeps the `activities`% most frequent activities and the `paths`% strongest edges (by count; start and end arcs
 * count as edges), while every kept activity stays reachable from the start and able to reach the end whenever it
 * was before. Follows PM4Py's `filter_dfg_on_activities_percentage` / `filter_dfg_on_paths_percentage` (keeping
 * all activities on the paths step, as Disco does): candidates are tried from the weakest up and only hidden when
 * the map stays connected, so the strongest edges a connection needs are the ones kept beyond the percentage.
 *
 * O((V + E)²) in the worst case: one reachability check (O(V + E)) per candidate activity or edge.
 */
export declare function simplifyMap<E extends MapEdge>(graph: MapGraph<E>, options?: SimplifyOptions): Simplified<E>;
/** Nodes both reachable from the artificial start and able to reach the artificial end. O(V + E). */
export declare function connectedNodes(nodes: readonly number[], edges: readonly MapEdge[], start: readonly EndpointArc[], end: readonly EndpointArc[]): Set<number>;
