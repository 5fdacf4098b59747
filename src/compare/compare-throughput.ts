// Case throughput of two periods side by side: count, mean, median, p90, p95 and max, with absolute and relative
// change. The figures are the bottleneck analysis' `summarize` of each side (working seconds with a calendar).

import type { Summary } from '../performance/summarize.js';
import { delta, THROUGHPUT_KEYS, type ThroughputComparison, type ThroughputFigures } from './comparison.js';

function figures(summary: Summary): ThroughputFigures {
  return { count: summary.count, mean: summary.mean, median: summary.median, p90: summary.p90, p95: summary.p95, max: summary.max };
}

/** Throughput of OLD and NEW and how each figure moved. O(1). */
export function compareThroughput(before: Summary, after: Summary): ThroughputComparison {
  const old = figures(before);
  const now = figures(after);
  const change = Object.fromEntries(
    THROUGHPUT_KEYS.map((key) => {
      const { absolute, relative } = delta(old[key], now[key]);
      return [key, { absolute, relative }];
    }),
  ) as unknown as ThroughputComparison['change'];
  return { old, new: now, change };
}
