// The heuristics miner: keeps the directly-follows edges whose dependency measure says "a causes b" rather than
// "a and b happen to interleave", so noise and concurrency drop out of the map. Built to give the same nodes and
// edges as PM4Py's classic variant (pm4py.discover_heuristics_net) with the same thresholds.
import { discoverDfg } from './discover-dfg.js';
export const HEURISTICS_DEFAULTS = Object.freeze({
    dependency: 0.5,
    and: 0.65,
    loopTwo: 0.5,
    minActivityCount: 1,
    minDfgOccurrences: 1,
    dfgNoise: 0.05,
});
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
export function discoverHeuristics(log, options = {}) {
    const settings = { ...HEURISTICS_DEFAULTS, ...options };
    const dfg = discoverDfg(log);
    const size = dfg.names.length;
    const maxAround = new Float64Array(size).fill(-1);
    for (const edge of dfg.edges) {
        maxAround[edge.from] = Math.max(maxAround[edge.from], edge.count);
        maxAround[edge.to] = Math.max(maxAround[edge.to], edge.count);
    }
    const cleaned = settings.dfgNoise > 0
        ? dfg.edges.filter((edge) => !(edge.count < Math.min(maxAround[edge.from] * settings.dfgNoise, maxAround[edge.to] * settings.dfgNoise)))
        : [...dfg.edges];
    const key = (a, b) => a * size + b;
    const byPair = new Map(cleaned.map((edge) => [key(edge.from, edge.to), edge]));
    const countOf = (a, b) => byPair.get(key(a, b))?.count ?? 0;
    const dependencyOf = (edge) => {
        if (edge.from === edge.to)
            return edge.count / (edge.count + 1);
        const back = countOf(edge.to, edge.from);
        return (edge.count - back) / (edge.count + back + 1);
    };
    const activityOk = (a) => dfg.activityCounts[a] >= settings.minActivityCount;
    const isNode = new Uint8Array(size);
    const edges = [];
    for (const edge of cleaned) {
        const dependency = dependencyOf(edge);
        if (activityOk(edge.from) && activityOk(edge.to) && edge.count >= settings.minDfgOccurrences && dependency >= settings.dependency) {
            isNode[edge.from] = 1;
            isNode[edge.to] = 1;
            edges.push({ ...edge, dependency });
        }
    }
    edges.push(...lengthTwoLoops(log, dfg, settings, isNode, byPair, dependencyOf));
    if (!isNode.some((flag) => flag === 1))
        dfg.activityCounts.forEach((count, a) => (isNode[a] = count > 0 ? 1 : 0));
    const nodes = [];
    isNode.forEach((flag, a) => {
        if (flag)
            nodes.push(a);
    });
    return { dfg, nodes, edges, ...andRelations(edges, countOf, settings.and), options: settings };
}
/** Counts of the `a b a` patterns (a ≠ b) per pair, for the length-two-loop measure. O(n). */
function lengthTwoCounts(log, size) {
    const triples = new Map();
    const { activity, caseStart } = log;
    for (let c = 0; c < log.caseIds.length; c++) {
        const to = caseStart[c + 1];
        for (let e = caseStart[c] + 2; e < to; e++) {
            const a = activity[e - 2];
            const b = activity[e - 1];
            if (a === activity[e] && a !== b)
                triples.set(a * size + b, (triples.get(a * size + b) ?? 0) + 1);
        }
    }
    return triples;
}
function lengthTwoLoops(log, dfg, settings, isNode, byPair, dependencyOf) {
    const size = dfg.names.length;
    const triples = lengthTwoCounts(log, size);
    const added = new Set();
    const result = [];
    const strong = (a, b) => {
        const edge = byPair.get(a * size + b);
        return edge !== undefined && dependencyOf(edge) >= settings.dependency;
    };
    const ok = (a) => dfg.activityCounts[a] >= settings.minActivityCount;
    const zeroEdge = (a, b) => {
        const edge = byPair.get(a * size + b);
        return { from: a, to: b, count: edge?.count ?? 0, cases: edge?.cases ?? 0, waiting: edge?.waiting ?? null, dependency: 0 };
    };
    // PM4Py looks at the nodes found by the dependency step only (a snapshot: loops do not chain).
    const wasNode = isNode.slice();
    for (const [pair, aba] of triples) {
        const a = Math.floor(pair / size);
        const b = pair % size;
        if (!wasNode[a])
            continue;
        const bab = triples.get(b * size + a) ?? 0;
        if ((aba + bab) / (aba + bab + 1) < settings.loopTwo)
            continue;
        const forward = byPair.get(a * size + b);
        if (forward === undefined || forward.count < settings.minDfgOccurrences || !ok(a) || !ok(b))
            continue;
        if (strong(a, b) || strong(b, a))
            continue;
        isNode[b] = 1;
        for (const [x, y] of [
            [a, b],
            [b, a],
        ]) {
            if (!added.has(x * size + y)) {
                added.add(x * size + y);
                result.push(zeroEdge(x, y));
            }
        }
    }
    return result;
}
/**
 * AND measure of two outputs b, c of a: (|b>c| + |c>b|) / (|a>b| + |a>c| + 1) (and the mirror for inputs); pairs at
 * or above the threshold are parallel branches rather than a choice.
 */
function andRelations(edges, countOf, threshold) {
    const outputs = new Map();
    const inputs = new Map();
    for (const edge of edges) {
        outputs.set(edge.from, [...(outputs.get(edge.from) ?? []), edge.to]);
        inputs.set(edge.to, [...(inputs.get(edge.to) ?? []), edge.from]);
    }
    const pairs = (groups, outgoing) => {
        const found = [];
        for (const [node, others] of groups) {
            for (let i = 0; i < others.length; i++) {
                for (let j = i + 1; j < others.length; j++) {
                    const b = others[i];
                    const c = others[j];
                    const around = outgoing ? countOf(node, b) + countOf(node, c) : countOf(b, node) + countOf(c, node);
                    const measure = (countOf(b, c) + countOf(c, b)) / (around + 1);
                    if (measure >= threshold)
                        found.push({ node, first: b, second: c, measure });
                }
            }
        }
        return found;
    };
    return { andSplits: pairs(outputs, true), andJoins: pairs(inputs, false) };
}
