// Simplification of a process map in the spirit of Disco's two sliders: fewer activities, fewer paths, and the
// map still reads from start to end. Works on any map over activity ids (a DFG or a heuristics net).
const START = -1;
const END = -2;
/**
 * Keeps the `activities`% most frequent activities and the `paths`% strongest edges (by count; start and end arcs
 * count as edges), while every kept activity stays reachable from the start and able to reach the end whenever it
 * was before. Follows PM4Py's `filter_dfg_on_activities_percentage` / `filter_dfg_on_paths_percentage` (keeping
 * all activities on the paths step, as Disco does): candidates are tried from the weakest up and only hidden when
 * the map stays connected, so the strongest edges a connection needs are the ones kept beyond the percentage.
 *
 * O((V + E)²) in the worst case: one reachability check (O(V + E)) per candidate activity or edge.
 */
export function simplifyMap(graph, options = {}) {
    const connectedBefore = connectedNodes(graph.nodes, graph.edges, graph.start, graph.end);
    let current = graph;
    const hiddenActivities = [];
    const activityShare = clampShare(options.activities);
    if (activityShare < 1 && graph.nodes.length > 1) {
        const ranked = [...graph.nodes].sort((a, b) => graph.activityCounts[b] - graph.activityCounts[a] || a - b);
        const keepCount = Math.max(1, Math.ceil(ranked.length * activityShare));
        const mustKeep = new Set(ranked.slice(0, keepCount).filter((a) => connectedBefore.has(a)));
        for (const candidate of ranked.slice(keepCount).reverse()) {
            const without = withoutActivity(current, candidate);
            if (without.edges.length > 0 && isSubset(mustKeep, connectedNodes(without.nodes, without.edges, without.start, without.end))) {
                current = without;
                hiddenActivities.push(candidate);
            }
        }
    }
    const pathShare = clampShare(options.paths);
    if (pathShare < 1) {
        const mustKeep = new Set(current.nodes.filter((a) => connectedNodes(current.nodes, current.edges, current.start, current.end).has(a)));
        const all = [
            ...current.edges.map((edge) => ({ kind: 'edge', edge })),
            ...current.start.map((arc) => ({ kind: 'start', arc })),
            ...current.end.map((arc) => ({ kind: 'end', arc })),
        ];
        const weight = (c) => (c.kind === 'edge' ? c.edge.count : c.arc.count);
        all.sort((a, b) => weight(b) - weight(a));
        const keepCount = Math.max(1, Math.ceil(all.length * pathShare));
        const edges = new Set(current.edges);
        const start = new Set(current.start);
        const end = new Set(current.end);
        for (const candidate of all.slice(keepCount).reverse()) {
            if (candidate.kind === 'edge')
                edges.delete(candidate.edge);
            else
                (candidate.kind === 'start' ? start : end).delete(candidate.arc);
            if (isSubset(mustKeep, connectedNodes(current.nodes, [...edges], [...start], [...end])))
                continue;
            if (candidate.kind === 'edge')
                edges.add(candidate.edge);
            else
                (candidate.kind === 'start' ? start : end).add(candidate.arc);
        }
        current = { ...current, edges: current.edges.filter((edge) => edges.has(edge)), start: current.start.filter((arc) => start.has(arc)), end: current.end.filter((arc) => end.has(arc)) };
    }
    const eventsOf = (ids) => ids.reduce((sum, a) => sum + graph.activityCounts[a], 0);
    const totalEvents = eventsOf(graph.nodes);
    const hiddenEvents = eventsOf(hiddenActivities);
    return {
        graph: current,
        hidden: {
            activities: hiddenActivities,
            edges: graph.edges.length - current.edges.length,
            endpointArcs: graph.start.length + graph.end.length - current.start.length - current.end.length,
            events: hiddenEvents,
            eventShare: totalEvents === 0 ? 0 : hiddenEvents / totalEvents,
        },
    };
}
function clampShare(percent) {
    if (percent === undefined)
        return 1;
    return Math.min(1, Math.max(0, percent / 100));
}
function withoutActivity(graph, activity) {
    return {
        activityCounts: graph.activityCounts,
        nodes: graph.nodes.filter((a) => a !== activity),
        edges: graph.edges.filter((edge) => edge.from !== activity && edge.to !== activity),
        start: graph.start.filter((arc) => arc.activity !== activity),
        end: graph.end.filter((arc) => arc.activity !== activity),
    };
}
function isSubset(small, large) {
    for (const value of small)
        if (!large.has(value))
            return false;
    return true;
}
/** Nodes both reachable from the artificial start and able to reach the artificial end. O(V + E). */
export function connectedNodes(nodes, edges, start, end) {
    const forward = new Map();
    const backward = new Map();
    const link = (map, a, b) => {
        const list = map.get(a);
        if (list)
            list.push(b);
        else
            map.set(a, [b]);
    };
    for (const edge of edges) {
        link(forward, edge.from, edge.to);
        link(backward, edge.to, edge.from);
    }
    for (const arc of start)
        link(forward, START, arc.activity);
    for (const arc of end)
        link(backward, END, arc.activity);
    const fromStart = reach(forward, START);
    const toEnd = reach(backward, END);
    return new Set(nodes.filter((a) => fromStart.has(a) && toEnd.has(a)));
}
function reach(adjacency, origin) {
    const seen = new Set([origin]);
    const stack = [origin];
    while (stack.length > 0) {
        const node = stack.pop();
        for (const next of adjacency.get(node) ?? []) {
            if (!seen.has(next)) {
                seen.add(next);
                stack.push(next);
            }
        }
    }
    return seen;
}
