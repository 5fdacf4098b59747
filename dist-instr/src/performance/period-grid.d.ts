export type PeriodUnit = 'day' | 'week';
/** Consecutive local days or weeks: `starts[k]` is the epoch ms where period k begins; `starts[count]` ends the last. */
export interface PeriodGrid {
    readonly unit: PeriodUnit;
    readonly count: number;
    readonly starts: Float64Array;
    /** Period holding instant `t` (clamped to the grid). O(1) amortized: an estimate, then a step or two. */
    indexOf(t: number): number;
}
/**
 * The days (or weeks starting on `weekStart`, 0 = Sunday … 6 = Saturday) of `zone` covering `fromMs` to `toMs`.
 * Boundaries are local midnights, so a daylight-saving day is 23 or 25 hours long. O(periods).
 */
export declare function periodGrid(fromMs: number, toMs: number, unit: PeriodUnit, zone: string, weekStart?: number): PeriodGrid;
/** `day` for logs spanning up to 120 days, `week` beyond (a series a reader can scan). */
export declare function defaultPeriodUnit(fromMs: number, toMs: number): PeriodUnit;
/**
 * The period of every instant of `times` (e.g. a log's end times), computed once per grid and column and shared by the
 * measures that need it (trends, resources, roles): `grid.indexOf` of each, for a grid made by {@link periodGrid}.
 * O(n) the first time, O(1) after.
 */
export declare function periodsOf(grid: PeriodGrid, times: Float64Array): Int32Array;
