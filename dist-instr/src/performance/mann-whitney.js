// Did durations shift between two samples? The Mann–Whitney U test (Wilcoxon rank-sum): rank-based, so skewed waiting
// times and outliers do not mislead it, and it needs no assumption of a distribution.
import { errorFunction } from 'simple-statistics';
/** The values that are not NaN, sorted ascending. */
function sorted(values) {
    let kept = 0;
    for (let i = 0; i < values.length; i++)
        if (!Number.isNaN(values[i]))
            kept++;
    const out = new Float64Array(kept);
    let k = 0;
    for (let i = 0; i < values.length; i++)
        if (!Number.isNaN(values[i]))
            out[k++] = values[i];
    return out.sort();
}
/**
 * Mann–Whitney U test (Mann and Whitney 1947) of `after` against `before`: two-sided, normal approximation with the
 * tie correction of the variance and a continuity correction, as R's `wilcox.test(before, after, exact = FALSE)`.
 * NaN values are skipped. Null when either sample is empty. O(n log n): both samples sorted, ranks by one merge.
 */
export function mannWhitney(before, after, alpha = 0.05) {
    const x = sorted(before);
    const y = sorted(after);
    const n1 = x.length;
    const n2 = y.length;
    if (n1 === 0 || n2 === 0)
        return null;
    let i = 0;
    let j = 0;
    let rank = 0;
    let rankSumY = 0;
    let ties = 0;
    while (i < n1 || j < n2) {
        const value = Math.min(i < n1 ? x[i] : Infinity, j < n2 ? y[j] : Infinity);
        const fromX = i;
        const fromY = j;
        while (i < n1 && x[i] === value)
            i++;
        while (j < n2 && y[j] === value)
            j++;
        const cx = i - fromX;
        const cy = j - fromY;
        const t = cx + cy;
        rankSumY += cy * (rank + (t + 1) / 2);
        ties += t * t * t - t;
        rank += t;
    }
    const u = rankSumY - (n2 * (n2 + 1)) / 2;
    const total = n1 + n2;
    const mean = (n1 * n2) / 2;
    const variance = ((n1 * n2) / 12) * (total + 1 - ties / (total * (total - 1)));
    const difference = u - mean;
    const z = variance > 0 ? (difference - 0.5 * Math.sign(difference)) / Math.sqrt(variance) : 0;
    const p = variance > 0 ? Math.min(1, Math.max(0, 1 - errorFunction(Math.abs(z) / Math.SQRT2))) : 1;
    return { test: 'mann-whitney', n: [n1, n2], u, probabilityNewLarger: u / (n1 * n2), z, p, significant: p < alpha };
}
