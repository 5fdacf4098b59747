// Counts over ordered pairs of signing steps: how often A's first signature comes before B's, and, at B's first
// signature, whether the last decision of A so far agrees with it. Counted on each signature variant's first case and
// weighted by its cases. Shared by the implied-signature, optional-signature and parallelizable rules (memoized per
// context).
import { isNegative } from './audit-context.js';
/** At most this many steps are paired (the most frequent ones), so the tables stay within k² = 1M cells. */
const MAX_PAIRED_STEPS = 1024;
const cache = new WeakMap();
/**
 * The pair tables of `context` over steps in at least `minCases` cases. Every count depends on a case's signatures
 * only, so each variant is counted once, times its cases. O(variants' signatures × steps per case).
 */
export function pairStats(context, minCases) {
    let byMin = cache.get(context);
    if (!byMin)
        cache.set(context, (byMin = new Map()));
    const known = byMin.get(minCases);
    if (known)
        return known;
    const { signatures, steps: stats } = context;
    const frequent = stats
        .map((stat, s) => ({ s, cases: stat.cases }))
        .filter((entry) => entry.cases >= minCases && entry.cases > 0)
        .sort((a, b) => b.cases - a.cases || a.s - b.s)
        .slice(0, MAX_PAIRED_STEPS)
        .map((entry) => entry.s);
    const k = frequent.length;
    const index = new Int32Array(stats.length).fill(-1);
    frequent.forEach((s, i) => (index[s] = i));
    const before = new Int32Array(k * k);
    const agree = new Int32Array(k * k);
    const negative = new Int32Array(k * k);
    const seenIn = new Int32Array(k).fill(-1);
    const lastKind = new Uint8Array(k);
    const lastNegative = new Uint8Array(k);
    const present = new Int32Array(k);
    const { caseStart, step, kind: kinds } = signatures;
    const { first, count: weights } = context.variants;
    for (let v = 0; v < first.length; v++) {
        const c = first[v];
        const weight = weights[v];
        let count = 0;
        const to = caseStart[c + 1];
        for (let i = caseStart[c]; i < to; i++) {
            const b = index[step[i]];
            if (b < 0)
                continue;
            const kind = kinds[i];
            if (seenIn[b] !== v) {
                // Counts added without branches: decisions vary, so branches here mispredict.
                for (let p = 0; p < count; p++) {
                    const a = present[p];
                    const cell = a * k + b;
                    before[cell] = before[cell] + weight;
                    agree[cell] = agree[cell] + (lastKind[a] === kind ? weight : 0);
                    negative[cell] = negative[cell] + weight * lastNegative[a];
                }
                seenIn[b] = v;
                present[count++] = b;
            }
            lastKind[b] = kind;
            lastNegative[b] = isNegative(kind) ? 1 : 0;
        }
    }
    const result = { steps: Int32Array.from(frequent), index, before, agree, negative };
    byMin.set(minCases, result);
    return result;
}
