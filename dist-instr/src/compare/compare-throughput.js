// Case throughput of two periods side by side: count, mean, median, p90, p95 and max, with absolute and relative
// change. The figures are the bottleneck analysis' `summarize` of each side (working seconds with a calendar).
import { mannWhitney } from '../performance/mann-whitney.js';
import { delta, THROUGHPUT_KEYS } from './comparison.js';
function figures(summary) {
    return { count: summary.count, mean: summary.mean, median: summary.median, p90: summary.p90, p95: summary.p95, max: summary.max };
}
/**
 * Throughput of OLD and NEW, how each figure moved, and (given each period's per-case values) whether the
 * distribution shifted: Mann–Whitney U. O(1), plus O(n log n) for the test.
 */
export function compareThroughput(before, after, samples) {
    const old = figures(before);
    const now = figures(after);
    const change = Object.fromEntries(THROUGHPUT_KEYS.map((key) => {
        const { absolute, relative } = delta(old[key], now[key]);
        return [key, { absolute, relative }];
    }));
    return { old, new: now, change, test: samples ? mannWhitney(samples.old, samples.new) : null };
}
