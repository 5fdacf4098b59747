// parallelizable: two signing steps observed in both orders whose decisions do not depend on each other, so both
// signatures could be requested at once.
import { isNegative, timeInFront } from '../audit-context.js';
import { messageDuration } from '../finding.js';
import { pairStats } from '../pair-stats.js';
import { fisherExact } from '../statistics.js';
import { firstOffsets } from '../signature-variants.js';
import { summaryOf } from '../summary-of.js';
import { caseIdsOfSorted, caseShare } from './rule.js';
/** Each order must be seen in at least this share of the shared cases (and at least 5 cases). */
export const MIN_ORDER_SHARE = 0.05;
const MIN_ORDER_CASES = 5;
function bump(cells, at, by) {
    cells[at] = cells[at] + by;
}
/** Independence: both Fisher exact tests have p at least this. */
export const INDEPENDENCE_ALPHA = 0.01;
/**
 * Pairs of signing steps seen in both orders (each order in at least 5% of, and 5, shared cases; at least
 * `minSupport` shared cases) whose decisions are independent: for each step, Fisher's exact test of "the other step
 * came first" × "this step rejected or returned" over the cases with the step, both with p ≥ 0.01.
 * O(k² + (variants' signatures + cases) × candidate pairs).
 */
export function parallelPairs(context, options) {
    const pairs = pairStats(context, options.minSupport);
    const { signatures, variants, steps: stats } = context;
    const { caseStart } = signatures;
    const k = pairs.steps.length;
    const result = [];
    for (let x = 0; x < k; x++) {
        for (let y = x + 1; y < k; y++) {
            const xy = pairs.before[x * k + y];
            const yx = pairs.before[y * k + x];
            const shared = xy + yx;
            if (shared < options.minSupport || Math.min(xy, yx) < Math.max(MIN_ORDER_CASES, MIN_ORDER_SHARE * shared))
                continue;
            const a = pairs.steps[x];
            const b = pairs.steps[y];
            // tables[step][otherFirst][negative] for the two steps. The two decisions are not tested against each other:
            // when a rejection ends the case, "both rejected" cannot happen, a structural zero any test would call dependence.
            // Where each step first signs depends on a case's signatures only: the tables are counted per variant.
            const table = [new Int32Array(4), new Int32Array(4)];
            const offA = firstOffsets(signatures, variants, a);
            const offB = firstOffsets(signatures, variants, b);
            for (let v = 0; v < offA.length; v++) {
                const firstA = offA[v];
                const firstB = offB[v];
                const from = caseStart[variants.first[v]];
                const weight = variants.count[v];
                const negA = firstA >= 0 && isNegative(signatures.kind[from + firstA]) ? 1 : 0;
                const negB = firstB >= 0 && isNegative(signatures.kind[from + firstB]) ? 1 : 0;
                if (firstA >= 0)
                    bump(table[0], (firstB >= 0 && firstB < firstA ? 2 : 0) + negA, weight);
                if (firstB >= 0)
                    bump(table[1], (firstA >= 0 && firstA < firstB ? 2 : 0) + negB, weight);
            }
            const fisher = (t) => fisherExact(t[0], t[1], t[2], t[3]);
            const pValues = [fisher(table[0]), fisher(table[1])];
            if (pValues.some((p) => p < INDEPENDENCE_ALPHA))
                continue;
            const both = Math.min(stats[a]?.cases ?? 0, stats[b]?.cases ?? 0);
            const cases = new Int32Array(both);
            const saving = new Float64Array(both);
            let size = 0;
            for (let c = 0; c + 1 < caseStart.length; c++) {
                const v = variants.of[c];
                const firstA = offA[v];
                const firstB = offB[v];
                if (firstA < 0 || firstB < 0)
                    continue;
                const ea = signatures.event[caseStart[c] + firstA];
                const eb = signatures.event[caseStart[c] + firstB];
                cases[size] = c;
                saving[size++] = Math.min(timeInFront(context, ea), timeInFront(context, eb));
            }
            result.push({ a, b, cases: cases.slice(0, size), saving: saving.slice(0, size), pValues, abOrder: xy, baOrder: yx });
        }
    }
    return result;
}
/** Severity: medium when the median saving is at least a (working) day, else low. */
export const parallelizable = {
    id: 'parallelizable',
    describe: 'two signing steps seen in both orders with independent decisions (Fisher exact tests)',
    check(context, options) {
        return parallelPairs(context, options).map(({ a, b, cases: both, saving, pValues, abOrder, baOrder }) => {
            const nameA = context.signatures.stepNames[a] ?? '';
            const nameB = context.signatures.stepNames[b] ?? '';
            const saved = summaryOf(saving);
            const cases = caseIdsOfSorted(context, both);
            const median = messageDuration(saved.median, context.dayLength, options.lang);
            return {
                id: `parallelizable:${nameA}|${nameB}`,
                type: 'parallelizable',
                severity: saved.median >= context.dayLength ? 'medium' : 'low',
                activities: [nameA, nameB],
                cases,
                metrics: {
                    sharedCases: cases.length,
                    firstBeforeSecond: abOrder,
                    secondBeforeFirst: baOrder,
                    fisherPFirst: pValues[0],
                    fisherPSecond: pValues[1],
                    savingMedian: saved.median,
                    savingMean: saved.mean,
                    savingTotal: saved.total,
                    impact: caseShare(context, cases.length),
                },
                message: options.lang === 'fa'
                    ? `«${nameA}» و «${nameB}» به هر دو ترتیب و با تصمیم‌های مستقل امضا می‌شوند؛ درخواست هم‌زمان آن‌ها میانه ${median} در هر پرونده صرفه‌جویی می‌کند (برآورد).`
                    : `“${nameA}” and “${nameB}” are signed in either order with independent decisions; requesting both at once would save a median ${median} per case (estimate).`,
            };
        });
    },
};
