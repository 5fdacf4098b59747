// Work in progress over time: cases opened and closed per period, and how many are open at each period's end.
import { caseBegin, caseFinish } from './case-throughput.js';
import { trendTest } from './trend-test.js';
/**
 * Arrivals, completions and open cases per period of `grid` (a case is open from its first event's start to its last
 * event's end). Note that the last periods of an export look emptier when cases still open are cut off. O(cases +
 * periods), plus O(periods²) for the trend.
 */
export function workInProgress(log, grid) {
    if (log.activity.length === 0)
        return { period: grid.unit, series: [], maxOpen: 0, trend: trendTest([], []) };
    const arrivals = new Int32Array(grid.count);
    const completions = new Int32Array(grid.count);
    for (let c = 0; c < log.caseIds.length; c++) {
        if (log.caseStart[c + 1] === log.caseStart[c])
            continue;
        const a = grid.indexOf(caseBegin(log, c));
        const z = grid.indexOf(caseFinish(log, c));
        arrivals[a] = arrivals[a] + 1;
        completions[z] = completions[z] + 1;
    }
    const series = [];
    const open = new Float64Array(grid.count);
    let now = 0;
    let maxOpen = 0;
    for (let k = 0; k < grid.count; k++) {
        now += arrivals[k] - completions[k];
        open[k] = now;
        if (now > maxOpen)
            maxOpen = now;
        series.push({ start: new Date(grid.starts[k]).toISOString(), arrivals: arrivals[k], completions: completions[k], open: now });
    }
    const positions = Float64Array.from({ length: grid.count }, (_, k) => k);
    return { period: grid.unit, series, maxOpen, trend: trendTest(positions, open) };
}
