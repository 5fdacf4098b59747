// Work in progress over time: cases opened and closed per period, and how many are open at each period's end.

import type { EventLog } from '../log/event-log.js';
import { caseBegin, caseFinish } from './case-throughput.js';
import type { PeriodGrid } from './period-grid.js';
import { trendTest, type Trend } from './trend-test.js';

export interface WipPeriod {
  /** Period start, ISO 8601 UTC. */
  readonly start: string;
  /** Cases whose first event falls in the period. */
  readonly arrivals: number;
  /** Cases whose last event falls in the period. */
  readonly completions: number;
  /** Cases started and not yet finished at the period's end. */
  readonly open: number;
}

export interface WorkInProgress {
  readonly period: PeriodGrid['unit'];
  readonly series: readonly WipPeriod[];
  /** Most cases open at a period's end. */
  readonly maxOpen: number;
  /** Does the number of open cases rise over the log's period? ({@link trendTest} on `open`) */
  readonly trend: Trend;
}

/**
 * Arrivals, completions and open cases per period of `grid` (a case is open from its first event's start to its last
 * event's end). Note that the last periods of an export look emptier when cases still open are cut off. O(cases +
 * periods), plus O(periods²) for the trend.
 */
export function workInProgress(log: EventLog, grid: PeriodGrid): WorkInProgress {
  if (log.activity.length === 0) return { period: grid.unit, series: [], maxOpen: 0, trend: trendTest([], []) };
  const arrivals = new Int32Array(grid.count);
  const completions = new Int32Array(grid.count);
  for (let c = 0; c < log.caseIds.length; c++) {
    if ((log.caseStart[c + 1] as number) === (log.caseStart[c] as number)) continue;
    const a = grid.indexOf(caseBegin(log, c));
    const z = grid.indexOf(caseFinish(log, c));
    arrivals[a] = (arrivals[a] as number) + 1;
    completions[z] = (completions[z] as number) + 1;
  }
  const series: WipPeriod[] = [];
  const open = new Float64Array(grid.count);
  let now = 0;
  let maxOpen = 0;
  for (let k = 0; k < grid.count; k++) {
    now += (arrivals[k] as number) - (completions[k] as number);
    open[k] = now;
    if (now > maxOpen) maxOpen = now;
    series.push({ start: new Date(grid.starts[k] as number).toISOString(), arrivals: arrivals[k] as number, completions: completions[k] as number, open: now });
  }
  const positions = Float64Array.from({ length: grid.count }, (_, k) => k);
  return { period: grid.unit, series, maxOpen, trend: trendTest(positions, open) };
}
