// What removing the redundant signatures would save: each case's throughput recomputed without the waiting the
// removed steps add (and with parallelizable pairs requested together). An estimate, and labelled as one.
import { quantilesInPlace } from '../performance/quantiles-in-place.js';
import { casesWithStep, timeInFront } from './audit-context.js';
import { repeatedSignatures } from './rules/duplicate-signature.js';
import { firstOffsets, stepCounts } from './signature-variants.js';
export const WHAT_IF_METHOD = 'Estimate: each case keeps its recorded times, minus the waiting (working time with a calendar) in front of the removed signatures: ' +
    'every signature of a rubber-stamp, implied or optional step, and the repeated signatures of a duplicate-signature finding; ' +
    'for a parallelizable pair the shorter of the two (waiting + service) is saved, as if both were requested at once. ' +
    'Knock-on effects (queues, other steps speeding up or slowing down) are not modelled.';
const REMOVES_STEP = new Set(['rubber-stamp', 'implied-signature', 'optional-signature']);
/** Median and p90 by selection (no other figure); reorders `values` (callers pass arrays of their own). Expected O(n). */
function figures(values) {
    const [median, p90] = quantilesInPlace(values, [0.5, 0.9]);
    return { median, p90 };
}
/**
 * Per case, what overlapping steps `a` and `b` saves: the shorter of the two (waiting + service) of their first
 * signatures, 0 where the case lacks one of them. Where the first signatures are is read per signature variant.
 * O(variants' signatures + cases).
 */
function pairSaving(context, a, b) {
    const { signatures, variants } = context;
    const { caseStart, event } = signatures;
    const offA = firstOffsets(signatures, variants, a);
    const offB = firstOffsets(signatures, variants, b);
    const saving = new Float64Array(caseStart.length - 1);
    for (let c = 0; c < saving.length; c++) {
        const v = variants.of[c];
        if (offA[v] < 0 || offB[v] < 0)
            continue;
        const ea = event[caseStart[c] + offA[v]];
        const eb = event[caseStart[c] + offB[v]];
        saving[c] = Math.min(timeInFront(context, ea), timeInFront(context, eb));
    }
    return saving;
}
/**
 * The what-if of `findings` over `context`: one scenario per finding that removes or overlaps signatures, and all of
 * them together (an event removed by two findings is counted once; a pair is overlapped only when neither step is
 * removed). A removed step's waiting is read from the context's per-step lists, a duplicate finding's from its
 * repeated positions, each pair's per-case saving is computed once, and the union is one pass over the signatures;
 * every case's cut is summed in signature order. A scenario costs O(removed signatures + cases) plus its median and
 * p90 (expected O(cases)); O(signatures) per pair, and once for the union.
 */
export function whatIf(context, findings) {
    const { signatures, waiting, throughput, caseOf } = context;
    const cases = throughput.length;
    const stepId = new Map(signatures.stepNames.map((name, s) => [name, s]));
    const repeats = findings.some((f) => f.type === 'duplicate-signature') ? repeatedSignatures(context) : new Int32Array(0);
    // Two buffers serve every scenario: the summaries below reorder them, and only their figures are kept.
    const cut = new Float64Array(cases);
    const after = new Float64Array(cases);
    /** The scenario once `cut` holds the waiting removed per case: adds the pairs' savings, caps by throughput. */
    const scenario = (ids, pairs) => {
        for (const saving of pairs)
            for (let c = 0; c < cases; c++)
                cut[c] = cut[c] + saving[c];
        // `cut` becomes the list of savings, in case order: a position is read before it is overwritten. Their total is
        // summed in that order, as summarizeInPlace sums.
        let changed = 0;
        let savedTotal = 0;
        for (let c = 0; c < cases; c++) {
            const reduced = Math.min(cut[c], throughput[c]);
            after[c] = throughput[c] - reduced;
            if (reduced > 0) {
                cut[changed++] = reduced;
                savedTotal += reduced;
            }
        }
        const [savedMedian] = quantilesInPlace(cut.subarray(0, changed), [0.5]);
        return { findings: ids, cases: changed, after: figures(after), savedMedian, savedTotal };
    };
    /** The step's waiting list is in signature order: its cases, ascending, each with as many as its variant has. */
    const cutStep = (s) => {
        cut.fill(0);
        const wait = context.steps[s]?.waiting;
        if (!wait)
            return;
        const perVariant = stepCounts(signatures, context.variants, s);
        const withStep = casesWithStep(context, s);
        let r = 0;
        for (let k = 0; k < withStep.length; k++) {
            const c = withStep[k];
            const signed = perVariant[context.variants.of[c]];
            for (let j = 0; j < signed; j++)
                cut[c] = cut[c] + wait[r++];
        }
    };
    const cutPositions = (positions) => {
        cut.fill(0);
        for (let r = 0; r < positions.length; r++) {
            const i = positions[r];
            const c = caseOf[i];
            cut[c] = cut[c] + waiting[signatures.event[i]];
        }
    };
    const pairOf = (finding) => {
        if (finding.type !== 'parallelizable')
            return null;
        const a = stepId.get(finding.activities[0] ?? '');
        const b = stepId.get(finding.activities[1] ?? '');
        return a === undefined || b === undefined ? null : [a, b];
    };
    const perFinding = [];
    // What the union removes: every signature of a removed step, and the marked repeated signatures.
    const wholeStep = new Uint8Array(signatures.stepNames.length);
    const marked = repeats.length > 0 ? new Uint8Array(signatures.event.length) : null;
    const allPairs = [];
    const used = [];
    for (const finding of findings) {
        const s = stepId.get(finding.activities[0] ?? '');
        if (REMOVES_STEP.has(finding.type)) {
            if (s === undefined)
                continue;
            cutStep(s);
            perFinding.push(scenario([finding.id], []));
            wholeStep[s] = 1;
            used.push(finding.id);
            continue;
        }
        if (finding.type === 'duplicate-signature' && !finding.id.startsWith('duplicate-signature:same-person:')) {
            const removed = repeats.filter((i) => signatures.step[i] === s);
            cutPositions(removed);
            perFinding.push(scenario([finding.id], []));
            for (let r = 0; r < removed.length; r++)
                marked[removed[r]] = 1;
            used.push(finding.id);
            continue;
        }
        const pair = pairOf(finding);
        if (pair) {
            const saving = pairSaving(context, pair[0], pair[1]);
            cut.fill(0);
            perFinding.push(scenario([finding.id], [saving]));
            allPairs.push({ a: pair[0], b: pair[1], saving });
            used.push(finding.id);
        }
    }
    const before = figures(Float64Array.from(throughput));
    if (used.length === 0)
        return { estimate: true, method: WHAT_IF_METHOD, before, perFinding, allRedundant: null };
    // The union, in signature order; a pair whose step loses a signature anyway saves nothing more by overlapping.
    const removedStep = new Uint8Array(signatures.stepNames.length);
    const { step, event } = signatures;
    cut.fill(0);
    for (let i = 0; i < step.length; i++) {
        const s = step[i];
        if (wholeStep[s] === 0 && (marked === null || marked[i] === 0))
            continue;
        removedStep[s] = 1;
        const c = caseOf[i];
        cut[c] = cut[c] + waiting[event[i]];
    }
    const keptPairs = allPairs.filter(({ a, b }) => !removedStep[a] && !removedStep[b]).map(({ saving }) => saving);
    return { estimate: true, method: WHAT_IF_METHOD, before, perFinding, allRedundant: scenario(used, keptPairs) };
}
