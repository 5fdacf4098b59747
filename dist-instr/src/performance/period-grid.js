// Days or weeks of local time over a range, for series such as work in progress and trends.
import { wallTimeToEpoch } from '../io/timestamp/zone.js';
const DAY_MS = 86_400_000;
/**
 * The days (or weeks starting on `weekStart`, 0 = Sunday … 6 = Saturday) of `zone` covering `fromMs` to `toMs`.
 * Boundaries are local midnights, so a daylight-saving day is 23 or 25 hours long. O(periods).
 */
export function periodGrid(fromMs, toMs, unit, zone, weekStart = 1) {
    if (!Number.isFinite(fromMs) || !Number.isFinite(toMs))
        [fromMs, toMs] = [0, 0];
    const midnight = (day) => {
        const date = new Date(day * DAY_MS);
        return wallTimeToEpoch(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), 0, 0, 0, 0, zone);
    };
    let first = Math.floor(fromMs / DAY_MS) - 1;
    while (midnight(first + 1) <= fromMs)
        first++;
    if (unit === 'week')
        first -= (((first + 4 - weekStart) % 7) + 7) % 7;
    const step = unit === 'week' ? 7 : 1;
    const starts = [];
    for (let day = first;; day += step) {
        const start = midnight(day);
        starts.push(start);
        if (start > toMs)
            break;
    }
    const bounds = Float64Array.from(starts);
    const count = bounds.length - 1;
    const base = bounds[0];
    const length = step * DAY_MS;
    return {
        unit,
        count,
        starts: bounds,
        indexOf(t) {
            let k = Math.floor((t - base) / length);
            if (k < 0)
                return 0;
            if (k >= count)
                k = count - 1;
            while (k > 0 && t < bounds[k])
                k--;
            while (k < count - 1 && t >= bounds[k + 1])
                k++;
            return k;
        },
    };
}
/** `day` for logs spanning up to 120 days, `week` beyond (a series a reader can scan). */
export function defaultPeriodUnit(fromMs, toMs) {
    return toMs - fromMs <= 120 * DAY_MS ? 'day' : 'week';
}
const periodsCache = new WeakMap();
/**
 * The period of every instant of `times` (e.g. a log's end times), computed once per grid and column and shared by the
 * measures that need it (trends, resources, roles): `grid.indexOf` of each, for a grid made by {@link periodGrid}.
 * O(n) the first time, O(1) after.
 */
export function periodsOf(grid, times) {
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
        const base = bounds[0];
        const length = (grid.unit === 'week' ? 7 : 1) * DAY_MS;
        for (let e = 0; e < times.length; e++) {
            const t = times[e];
            let k = Math.floor((t - base) / length);
            if (k < 0)
                k = 0;
            else {
                if (k >= count)
                    k = count - 1;
                while (k > 0 && t < bounds[k])
                    k--;
                while (k < count - 1 && t >= bounds[k + 1])
                    k++;
            }
            periods[e] = k;
        }
        byColumn.set(times, periods);
    }
    return periods;
}
