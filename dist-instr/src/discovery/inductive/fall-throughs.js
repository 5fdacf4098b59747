// Fall-throughs of the inductive miner (Leemans 2017, sec. 6.2), tried in PM4Py's order when no cut applies:
// activity once per trace, activity concurrent, strict tau loop, tau loop, flower model. PM4Py's `fall_through/*`.
import { SubLogBuilder, alphabetOf, dfgOf, setEdge, totalCount } from './sub-log.js';
/** The first activity (name order) occurring exactly once in every trace, or null. O(events). */
export function activityOncePerTrace(log, context) {
    const candidates = alphabetOf(log, context);
    const alive = new Set(candidates);
    const seen = new Map();
    for (const trace of log.traces) {
        seen.clear();
        for (const a of trace)
            seen.set(a, (seen.get(a) ?? 0) + 1);
        for (const a of alive)
            if (seen.get(a) !== 1)
                alive.delete(a);
        if (alive.size === 0)
            return null;
    }
    return candidates.find((a) => alive.has(a)) ?? null;
}
/** `log` without activity `a`. O(events). */
function without(log, a) {
    const builder = new SubLogBuilder();
    log.traces.forEach((trace, t) => builder.add(trace.filter((x) => x !== a), log.counts[t]));
    return builder.build();
}
/** `a` in parallel with the rest: one log of a's occurrences, one of everything else. O(events). */
export function splitOff(log, a) {
    const only = new SubLogBuilder();
    log.traces.forEach((trace, t) => only.add(trace.filter((x) => x === a), log.counts[t]));
    return [only.build(), without(log, a)];
}
/**
 * The DFG of `log` with activity `a` (local index) removed from every trace, derived from the log's DFG: a's edges go,
 * and each maximal run of a's bridges its neighbours (or makes the next a start, the previous an end).
 */
function dfgWithout(dfg, a, bridges) {
    const { size, words } = dfg;
    const adjacency = Uint32Array.from(dfg.adjacency);
    adjacency.fill(0, a * words, (a + 1) * words);
    const mask = ~(1 << (a & 31));
    for (let i = 0; i < size; i++)
        adjacency[i * words + (a >>> 5)] = adjacency[i * words + (a >>> 5)] & mask;
    const start = Float64Array.from(dfg.start);
    const end = Float64Array.from(dfg.end);
    start[a] = 0;
    end[a] = 0;
    for (let i = 0; i < bridges.length; i += 3) {
        const before = bridges[i];
        const after = bridges[i + 1];
        const count = bridges[i + 2];
        if (before >= 0 && after >= 0)
            setEdge(adjacency, words, before, after);
        else if (after >= 0)
            start[after] = start[after] + count;
        else if (before >= 0)
            end[before] = end[before] + count;
    }
    return { ...dfg, adjacency, counts: null, start, end };
}
/** Per local activity, the (before, after, count) triples of its maximal runs; -1 for the trace's start or end. */
function runBridges(log, dfg) {
    const bridges = Array.from({ length: dfg.size }, () => []);
    log.traces.forEach((trace, t) => {
        const count = log.counts[t];
        const ids = Array.from(trace, (x) => dfg.local.get(x));
        for (let i = 0; i < ids.length; i++) {
            const a = ids[i];
            if (i > 0 && ids[i - 1] === a)
                continue;
            let j = i;
            while (j + 1 < ids.length && ids[j + 1] === a)
                j++;
            bridges[a].push(i > 0 ? ids[i - 1] : -1, j + 1 < ids.length ? ids[j + 1] : -1, count);
        }
    });
    return bridges;
}
/**
 * The first activity (name order) whose removal lets one of the cuts apply, or null. `hasCut` is the miner's cut
 * detection. Each candidate's DFG is patched from the log's (no sub-log is built): O(events) once, then
 * O(k · words + cut detection) per candidate.
 */
export function activityConcurrent(log, context, hasCut) {
    const dfg = dfgOf(log, context);
    const bridges = runBridges(log, dfg);
    for (let a = 0; a < dfg.size; a++)
        if (hasCut(dfgWithout(dfg, a, bridges[a])))
            return dfg.acts[a];
    return null;
}
/** Splits traces where a start activity follows an end activity (strict) or wherever a start activity occurs. */
function splitAtRestarts(log, context, strict) {
    const dfg = dfgOf(log, context);
    const isStart = (a) => dfg.start[dfg.local.get(a)] > 0;
    const isEnd = (a) => dfg.end[dfg.local.get(a)] > 0;
    const builder = new SubLogBuilder();
    log.traces.forEach((trace, t) => {
        const count = log.counts[t];
        let from = 0;
        for (let i = 1; i < trace.length; i++) {
            if (isStart(trace[i]) && (!strict || isEnd(trace[i - 1]))) {
                builder.add(trace.slice(from, i), count);
                from = i;
            }
        }
        builder.add(trace.slice(from), count);
    });
    return builder.build();
}
/** A tau loop when splitting at restarts yields more traces than before. O(events). */
export function tauLoop(log, context, strict) {
    const split = splitAtRestarts(log, context, strict);
    return totalCount(split) > totalCount(log) ? split : null;
}
/** Flower model: a loop over the choice of every activity, with a silent redo. */
export function flower(log, context) {
    const body = new SubLogBuilder();
    for (const a of alphabetOf(log, context))
        body.add(Int32Array.of(a), 1);
    return [body.build(), { traces: [], counts: [] }];
}
/** The fall-through PM4Py would apply, in its order. */
export function fallThrough(log, context, hasCut) {
    const once = activityOncePerTrace(log, context);
    if (once !== null)
        return { name: 'activity-once-per-trace', operator: '+', logs: splitOff(log, once) };
    const concurrent = activityConcurrent(log, context, hasCut);
    if (concurrent !== null)
        return { name: 'activity-concurrent', operator: '+', logs: splitOff(log, concurrent) };
    const strict = tauLoop(log, context, true);
    if (strict)
        return { name: 'strict-tau-loop', operator: '*', logs: [strict, { traces: [], counts: [] }] };
    const loose = tauLoop(log, context, false);
    if (loose)
        return { name: 'tau-loop', operator: '*', logs: [loose, { traces: [], counts: [] }] };
    return { name: 'flower', operator: '*', logs: flower(log, context) };
}
