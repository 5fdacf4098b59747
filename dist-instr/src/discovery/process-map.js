// The process map every renderer draws: the activities, edges and start/end arcs a DFG or a heuristics net keeps
// after simplification, with names resolved and what was hidden. One model, so text, DOT, SVG, Mermaid and JSON
// always show the same graph.
import { simplifyMap } from './simplify-dfg.js';
/** The quantity edges are annotated and weighted by. */
export const MAP_METRICS = ['frequency', 'cases', 'mean', 'median', 'p90', 'max', 'total'];
/** The map of a DFG: every activity, edge and start/end arc, then simplified. O((V + E)²) with simplification. */
export function dfgMap(dfg, simplify = {}) {
    const nodes = [];
    dfg.activityCounts.forEach((count, a) => {
        if (count > 0)
            nodes.push(a);
    });
    return buildMap('dfg', dfg, { activityCounts: dfg.activityCounts, nodes, edges: dfg.edges, start: arcs(dfg.startCounts), end: arcs(dfg.endCounts) }, simplify);
}
/** The map of a heuristics net: its nodes and causal edges; start and end arcs to its start and end activities. */
export function heuristicsMap(net, simplify = {}) {
    const isNode = new Set(net.nodes);
    const graph = {
        activityCounts: net.dfg.activityCounts,
        nodes: net.nodes,
        edges: net.edges,
        start: arcs(net.dfg.startCounts).filter((arc) => isNode.has(arc.activity)),
        end: arcs(net.dfg.endCounts).filter((arc) => isNode.has(arc.activity)),
    };
    const map = buildMap('heuristics', net.dfg, graph, simplify);
    const shown = new Set(map.activities.map((activity) => activity.name));
    const name = (id) => net.dfg.names[id];
    const parallel = [
        ...net.andSplits.map((pair) => ({ kind: 'split', pair })),
        ...net.andJoins.map((pair) => ({ kind: 'join', pair })),
    ]
        .map(({ kind, pair }) => ({ kind, activity: name(pair.node), branches: [name(pair.first), name(pair.second)], measure: pair.measure }))
        .filter((entry) => shown.has(entry.activity) && entry.branches.every((branch) => shown.has(branch)));
    return { ...map, parallel };
}
function arcs(counts) {
    const result = [];
    counts.forEach((count, activity) => {
        if (count > 0)
            result.push({ activity, count });
    });
    return result;
}
function buildMap(algorithm, dfg, graph, simplify) {
    const { graph: kept, hidden } = simplifyMap(graph, simplify);
    const name = (id) => dfg.names[id];
    const byCountThenName = (key) => (a, b) => b.count - a.count || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
    const arcView = (list) => list.map((arc) => ({ name: name(arc.activity), count: arc.count })).sort(byCountThenName((arc) => arc.name));
    return {
        algorithm,
        caseCount: dfg.caseCount,
        eventCount: dfg.eventCount,
        activities: kept.nodes
            .map((a) => ({ name: name(a), count: dfg.activityCounts[a], cases: dfg.activityCases[a] }))
            .sort(byCountThenName((activity) => activity.name)),
        edges: kept.edges
            .map((edge) => ({
            from: name(edge.from),
            to: name(edge.to),
            count: edge.count,
            cases: edge.cases,
            waiting: edge.waiting,
            ...(edge.dependency !== undefined ? { dependency: edge.dependency } : {}),
        }))
            .sort(byCountThenName((edge) => `${edge.from}\u0000${edge.to}`)),
        start: arcView(kept.start),
        end: arcView(kept.end),
        hidden: { ...hidden, activities: hidden.activities.length, activityNames: hidden.activities.map(name) },
    };
}
/** The value of `metric` on an edge: a count, or a waiting-time figure in seconds (0 when not computed). */
export function edgeMetric(edge, metric) {
    if (metric === 'frequency')
        return edge.count;
    if (metric === 'cases')
        return edge.cases;
    return edge.waiting?.[metric] ?? 0;
}
/** True for the metrics that are durations. */
export function isTimeMetric(metric) {
    return metric !== 'frequency' && metric !== 'cases';
}
