// Days or weeks of local time over a range, for series such as work in progress and trends.

import { wallTimeToEpoch } from '../io/timestamp/zone.js';

export type PeriodUnit = 'day' | 'week';

/** Consecutive local days or weeks: `starts[k]` is the epoch ms where period k begins; `starts[count]` ends the last. */
export interface PeriodGrid {
  readonly unit: PeriodUnit;
  readonly count: number;
  readonly starts: Float64Array;
  /** Period holding instant `t` (clamped to the grid). O(1) amortized: an estimate, then a step or two. */
  indexOf(t: number): number;
}

const DAY_MS = 86_400_000;

/**
 * The days (or weeks starting on `weekStart`, 0 = Sunday … 6 = Saturday) of `zone` covering `fromMs` to `toMs`.
 * Boundaries are local midnights, so a daylight-saving day is 23 or 25 hours long. O(periods).
 */
export function periodGrid(fromMs: number, toMs: number, unit: PeriodUnit, zone: string, weekStart = 1): PeriodGrid {
  if (!Number.isFinite(fromMs) || !Number.isFinite(toMs)) [fromMs, toMs] = [0, 0];
  const midnight = (day: number): number => {
    const date = new Date(day * DAY_MS);
    return wallTimeToEpoch(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), 0, 0, 0, 0, zone);
  };
  let first = Math.floor(fromMs / DAY_MS) - 1;
  while (midnight(first + 1) <= fromMs) first++;
  if (unit === 'week') first -= (((first + 4 - weekStart) % 7) + 7) % 7;
  const step = unit === 'week' ? 7 : 1;
  const starts: number[] = [];
  for (let day = first; ; day += step) {
    const start = midnight(day);
    starts.push(start);
    if (start > toMs) break;
  }
  const bounds = Float64Array.from(starts);
  const count = bounds.length - 1;
  const base = bounds[0] as number;
  const length = step * DAY_MS;
  return {
    unit,
    count,
    starts: bounds,
    indexOf(t) {
      let k = Math.floor((t - base) / length);
      if (k < 0) return 0;
      if (k >= count) k = count - 1;
      while (k > 0 && t < (bounds[k] as number)) k--;
      while (k < count - 1 && t >= (bounds[k + 1] as number)) k++;
      return k;
    },
  };
}

/** `day` for logs spanning up to 120 days, `week` beyond (a series a reader can scan). */
export function defaultPeriodUnit(fromMs: number, toMs: number): PeriodUnit {
  return toMs - fromMs <= 120 * DAY_MS ? 'day' : 'week';
}

const periodsCache = new WeakMap<PeriodGrid, WeakMap<Float64Array, Int32Array>>();

/**
 * The period of every instant of `times` (e.g. a log's end times), computed once per grid and column and shared by the
 * measures that need it (trends, resources, roles): `grid.indexOf` of each, for a grid made by {@link periodGrid}.
 * O(n) the first time, O(1) after.
 */
export function periodsOf(grid: PeriodGrid, times: Float64Array): Int32Array {
  let byColumn = periodsCache.get(grid);
  if (!byColumn) {
    byColumn = new WeakMap();
    periodsCache.set(grid, byColumn);
  }
  let periods = byColumn.get(times);
  if (!periods) {
    periods = new Int32Array(times.length);
    // grid.indexOf written out over the grid's bounds: the same estimate and steps, without a call per instant.
    const { starts: bounds, count } = grid;
    const base = bounds[0] as number;
    const length = (grid.unit === 'week' ? 7 : 1) * DAY_MS;
    for (let e = 0; e < times.length; e++) {
      const t = times[e] as number;
      let k = Math.floor((t - base) / length);
      if (k < 0) k = 0;
      else {
        if (k >= count) k = count - 1;
        while (k > 0 && t < (bounds[k] as number)) k--;
        while (k < count - 1 && t >= (bounds[k + 1] as number)) k++;
      }
      periods[e] = k;
    }
    byColumn.set(times, periods);
  }
  return periods;
}
