// Does a series rise over time? Mann–Kendall's rank test with Sen's slope: robust to outliers and to the skew of
// waiting times, and it needs no assumption of a straight line.

import { errorFunction } from 'simple-statistics';
import { summarizeInPlace } from './summarize.js';

/** The outcome of a trend test on a series of per-period values. */
export interface Trend {
  readonly test: 'mann-kendall';
  /** Number of periods with a value. */
  readonly periods: number;
  /** Sen's slope: the median of pairwise slopes, in the series' unit per period. */
  readonly slopePerPeriod: number;
  /** Kendall's tau (-1 … 1). */
  readonly tau: number;
  /** Two-sided p-value of Mann–Kendall's S (normal approximation with tie correction). */
  readonly p: number;
  /** True when p < `alpha` and the slope is positive. */
  readonly rising: boolean;
}

/** Periods needed before a trend is tested at all. */
export const MIN_TREND_PERIODS = 6;

/**
 * Mann–Kendall trend test (Mann 1945, Kendall 1975) and Sen's slope (Sen 1968) on `values` at positions `at`
 * (period indices; gaps allowed). `rising` is p < `alpha` (default 0.05) with a positive slope. Fewer than
 * {@link MIN_TREND_PERIODS} values give p = 1 and `rising` false. O(m²) expected for m values.
 */
export function trendTest(at: ArrayLike<number>, values: ArrayLike<number>, alpha = 0.05): Trend {
  const m = values.length;
  if (m < MIN_TREND_PERIODS) return { test: 'mann-kendall', periods: m, slopePerPeriod: 0, tau: 0, p: 1, rising: false };
  let s = 0;
  const slopes = new Float64Array((m * (m - 1)) / 2);
  let k = 0;
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) {
      const difference = (values[j] as number) - (values[i] as number);
      s += Math.sign(difference);
      slopes[k++] = difference / ((at[j] as number) - (at[i] as number));
    }
  }
  const ties = new Map<number, number>();
  for (let i = 0; i < m; i++) ties.set(values[i] as number, (ties.get(values[i] as number) ?? 0) + 1);
  let tieTerm = 0;
  for (const t of ties.values()) tieTerm += t * (t - 1) * (2 * t + 5);
  const variance = (m * (m - 1) * (2 * m + 5) - tieTerm) / 18;
  const z = variance > 0 ? (s > 0 ? s - 1 : s < 0 ? s + 1 : 0) / Math.sqrt(variance) : 0;
  const p = Math.min(1, Math.max(0, 1 - errorFunction(Math.abs(z) / Math.SQRT2)));
  // Median by selection: m² / 2 slopes for hundreds of weekly periods would make sorting the dominant cost.
  const slopePerPeriod = summarizeInPlace(slopes).median;
  return { test: 'mann-kendall', periods: m, slopePerPeriod, tau: s / ((m * (m - 1)) / 2), p, rising: p < alpha && slopePerPeriod > 0 };
}
