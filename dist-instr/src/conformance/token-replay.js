// Token-based replay of a whole log on a Petri net: fitness per case and overall, and where cases deviate. Each
// distinct variant is replayed once (as PM4Py does), so the cost is in the number of variants, not of cases.
import { variantsOf } from '../discovery/variants.js';
import { normalizeLabel } from '../log/normalize-label.js';
import { indexNet } from './hidden-paths.js';
import { TraceReplayer } from './replay-trace.js';
/** Visible activities each place leads to: its own output transitions and those after silent paths. O(P · paths). */
function activitiesAfter(net, index, place) {
    const labels = new Set();
    const from = [place, ...(index.hiddenPaths[place]?.keys() ?? [])];
    for (const p of from)
        for (const t of index.placeOutputs[p] ?? [])
            if (net.transitions[t]?.label != null)
                labels.add(net.transitions[t]?.label);
    return [...labels].sort();
}
/**
 * Replays every case of `log` on `net` with PM4Py 2.7.11's token-based replay (see {@link TraceReplayer}) and
 * aggregates it as PM4Py's replay-fitness evaluator does. Labels are matched after {@link normalizeLabel}.
 * O(events) to group variants plus O(variants · replay cost).
 */
export function replayLog(log, net) {
    const index = indexNet(net);
    const replayer = new TraceReplayer(index);
    const byLabel = new Map();
    net.transitions.forEach((transition, t) => {
        if (transition.label === null)
            return;
        const label = normalizeLabel(transition.label);
        byLabel.set(label, [...(byLabel.get(label) ?? []), t]);
    });
    const candidates = log.activities.names.map((name) => byLabel.get(name) ?? []);
    const variants = variantsOf(log);
    const results = variants.map((variant) => replayer.replay(Array.from(variant.activities, (activity) => candidates[activity])));
    let missing = 0;
    let consumed = 0;
    let remaining = 0;
    let produced = 0;
    let fitnessSum = 0;
    let fitting = 0;
    const missingCases = new Map();
    const remainingCases = new Map();
    const perCase = new Array(log.caseIds.length);
    results.forEach((result, v) => {
        const variant = variants[v];
        const weight = variant.count;
        missing += result.missing * weight;
        consumed += result.consumed * weight;
        remaining += result.remaining * weight;
        produced += result.produced * weight;
        fitnessSum += result.fitness * weight;
        if (result.fit)
            fitting += weight;
        const counted = new Set();
        for (const transition of result.problems) {
            const entry = missingCases.get(transition) ?? { cases: 0, events: 0 };
            entry.events += weight;
            if (!counted.has(transition))
                entry.cases += weight;
            counted.add(transition);
            missingCases.set(transition, entry);
        }
        for (const [place, tokens] of result.remainingAt) {
            const entry = remainingCases.get(place) ?? { cases: 0, tokens: 0 };
            entry.cases += weight;
            entry.tokens += tokens * weight;
            remainingCases.set(place, entry);
        }
        const { fit, fitness } = result;
        for (const c of variant.cases) {
            perCase[c] = { case: log.caseIds[c], fit, fitness, missing: result.missing, consumed: result.consumed, remaining: result.remaining, produced: result.produced };
        }
    });
    const cases = log.caseIds.length;
    const notInModel = new Map();
    for (let e = 0; e < log.activity.length; e++) {
        const activity = log.activity[e];
        if (candidates[activity].length === 0)
            notInModel.set(activity, (notInModel.get(activity) ?? 0) + 1);
    }
    const valid = cases > 0 && consumed > 0 && produced > 0;
    return {
        logFitness: valid ? 0.5 * (1 - missing / consumed) + 0.5 * (1 - remaining / produced) : 0,
        averageTraceFitness: valid ? fitnessSum / cases : 0,
        fittingTraces: valid ? fitting / cases : 0,
        fittingTraceCount: fitting,
        cases,
        variants: variants.length,
        missingAt: [...missingCases]
            .map(([transition, entry]) => ({ activity: net.transitions[transition]?.label ?? '', ...entry }))
            .sort((a, b) => b.cases - a.cases || b.events - a.events || (a.activity < b.activity ? -1 : 1)),
        remainingAt: [...remainingCases]
            .map(([place, entry]) => ({ place: net.places[place]?.name ?? '', ...entry, activities: activitiesAfter(net, index, place) }))
            .sort((a, b) => b.cases - a.cases || b.tokens - a.tokens || (a.place < b.place ? -1 : 1)),
        notInModel: [...notInModel].map(([activity, events]) => ({ activity: log.activities.nameOf(activity), events })).sort((a, b) => b.events - a.events),
        perCase,
    };
}
