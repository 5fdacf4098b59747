// Inductive miner (Leemans, Fahland, van der Aalst 2013: IM; 2014: IMf, infrequent behaviour) on distinct variants
// with counts, following PM4Py 2.7's structure (`algo/discovery/inductive`) so that at noise 0 the trees agree:
// empty traces, base cases, cuts (exclusive choice, strict sequence, parallel, loop), fall-throughs, then PM4Py's
// folding and child order.
import { projectConcurrency, detectConcurrencyCut } from './inductive/concurrency-cut.js';
import { fallThrough } from './inductive/fall-throughs.js';
import { detectLoopCut, projectLoop } from './inductive/loop-cut.js';
import { detectSequenceCut, projectSequence } from './inductive/sequence-cut.js';
import { SubLogBuilder, dfgOf, globalGroups, setEdge, totalCount } from './inductive/sub-log.js';
import { detectXorCut, projectXor } from './inductive/xor-cut.js';
import { TAU, foldTree, leaf, node, sortTree } from './process-tree.js';
import { variantsOf } from './variants.js';
const CUTS = [
    ['xor', 'X', detectXorCut],
    ['sequence', '->', detectSequenceCut],
    ['parallel', '+', detectConcurrencyCut],
    ['loop', '*', detectLoopCut],
];
const PROJECT = {
    xor: projectXor,
    sequence: projectSequence,
    parallel: projectConcurrency,
    loop: projectLoop,
};
function findCut(dfg) {
    for (const [name, operator, detect] of CUTS) {
        const groups = detect(dfg);
        if (groups)
            return { name, operator, groups };
    }
    return null;
}
/** IMf's DFG filter: keep an edge when its count exceeds `noise` times the strongest way out of its source. O(k²). */
function filterDfg(dfg, noise) {
    const { size, words, counts, end } = dfg;
    if (!counts)
        return dfg;
    const adjacency = new Uint32Array(size * words);
    for (let i = 0; i < size; i++) {
        let strongest = 0;
        for (let j = 0; j < size; j++)
            strongest = Math.max(strongest, counts[i * size + j]);
        if (strongest === 0)
            continue;
        strongest = Math.max(strongest, end[i]);
        for (let j = 0; j < size; j++) {
            const count = counts[i * size + j];
            if (count > 0 && count > noise * strongest)
                setEdge(adjacency, words, i, j);
        }
    }
    return { ...dfg, adjacency, counts: null };
}
class Miner {
    context;
    noise;
    steps = {};
    constructor(context, noise) {
        this.context = context;
        this.noise = noise;
    }
    count(step) {
        this.steps[step] = (this.steps[step] ?? 0) + 1;
    }
    hasCut = (dfg) => findCut(dfg) !== null;
    mine(input) {
        let log = input;
        const emptyAt = log.traces.findIndex((t) => t.length === 0);
        if (emptyAt >= 0) {
            const rest = new SubLogBuilder();
            log.traces.forEach((t, i) => t.length > 0 && rest.add(t, log.counts[i]));
            const nonEmpty = rest.build();
            if (nonEmpty.traces.length === 0) {
                if (this.noise === 0)
                    return TAU;
            }
            else if (this.noise === 0 || log.counts[emptyAt] > this.noise * totalCount(log)) {
                this.count('empty-traces');
                return node('X', [TAU, this.mine(nonEmpty)]);
            }
            else {
                log = nonEmpty;
            }
        }
        if (log.traces.length === 0)
            return TAU;
        if (log.traces.length === 1 && log.traces[0].length <= 1) {
            const only = log.traces[0];
            return only.length === 1 ? leaf(this.context.names[only[0]]) : TAU;
        }
        const dfg = dfgOf(log, this.context);
        const cut = findCut(dfg) ?? (this.noise > 0 ? findCut(filterDfg(dfg, this.noise)) : null);
        if (cut)
            return this.applyCut(log, dfg, cut);
        const step = fallThrough(log, this.context, this.hasCut);
        return this.applyFallThrough(step);
    }
    applyCut(log, dfg, cut) {
        this.count(cut.name);
        const { groups, groupOf } = globalGroups(dfg, cut.groups, this.context.names.length);
        const logs = PROJECT[cut.name](log, groupOf, groups.length);
        return node(cut.operator, logs.map((sub) => this.mine(sub)));
    }
    applyFallThrough(step) {
        this.count(step.name);
        return node(step.operator, step.logs.map((sub) => this.mine(sub)));
    }
}
/**
 * Mines a process tree from distinct traces (global activity ids into `names`) with their counts. Every step works on
 * the sub-log's DFG over at most k activities with dense tables: a cut costs O(k · (k + e)) plus O(events) to
 * project; the activity-concurrent fall-through tries up to k removals. The result is folded and its choice and
 * parallel children ordered as PM4Py does.
 */
export function mineProcessTree(names, traces, counts, options = {}) {
    const noise = options.noise ?? 0;
    if (!(noise >= 0 && noise < 1))
        throw new RangeError(`noise must be in [0, 1), got ${noise}`);
    const order = names.map((_, i) => i).sort((a, b) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0));
    const rank = new Int32Array(names.length);
    order.forEach((id, r) => (rank[id] = r));
    const miner = new Miner({ names, rank }, noise);
    const builder = new SubLogBuilder();
    traces.forEach((t, i) => builder.add(t, counts[i]));
    const raw = miner.mine(builder.build());
    return { variant: noise > 0 ? 'IMf' : 'IM', noise, tree: sortTree(foldTree(raw)), steps: miner.steps };
}
/**
 * Inductive miner on an event log (Leemans et al.; IM at noise 0, IMf above): the process tree of the log's
 * variants. O(events) to group variants, then see {@link mineProcessTree}.
 */
export function discoverInductive(log, options = {}) {
    const variants = variantsOf(log);
    return mineProcessTree(log.activities.names, variants.map((v) => v.activities), variants.map((v) => v.count), options);
}
