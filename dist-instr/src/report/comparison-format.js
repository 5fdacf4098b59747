// How the comparison's text and Markdown show numbers and changes: human durations in the comparison's own day
// length, shares as percentages, signed changes with their relative size.
import { formatDuration } from '../performance/duration.js';
import { formatShare } from './number-format.js';
/** `12.3%` of a share 0..1. */
export function percent(share) {
    return formatShare(share);
}
/** `+12.0%`, `-3.5%`, or `new` when the old value was 0. */
export function relative(value) {
    if (value === null)
        return 'new';
    const rounded = Math.round(value * 1000) / 10;
    return `${rounded > 0 ? '+' : ''}${rounded.toFixed(1)}%`;
}
/** `+3d 4h`, `-12m`, `0s`. */
export function signedDuration(seconds, dayLength) {
    return `${seconds > 0 ? '+' : ''}${formatDuration(seconds, dayLength)}`;
}
/** `7h → 3d 2h (+1000.0%)`. */
export function durationChange(change, dayLength) {
    return `${formatDuration(change.old, dayLength)} → ${formatDuration(change.new, dayLength)} (${change.absolute === 0 ? 'same' : relative(change.relative)})`;
}
/** `12.0% → 30.5% (+18.5 pts)` for shares. */
export function shareChange(change) {
    const points = Math.round(change.absolute * 1000) / 10;
    return `${percent(change.old)} → ${percent(change.new)} (${points > 0 ? '+' : ''}${points.toFixed(1)} pts)`;
}
/** `↑2` (climbed towards the top), `↓1`, `=`. */
export function rankMove(change) {
    return change > 0 ? `↑${change}` : change < 0 ? `↓${-change}` : '=';
}
const DURATION_METRIC = /(waiting|saving|timeLost)/i;
/** A finding metric's change: durations human, shares and rates as numbers, counts whole. */
export function metricChange(name, change, dayLength) {
    if (DURATION_METRIC.test(name) && !/share/i.test(name))
        return `${name} ${formatDuration(change.old, dayLength)} → ${formatDuration(change.new, dayLength)}`;
    const show = (value) => (Number.isInteger(value) ? String(value) : value < 0.01 ? value.toExponential(2) : value.toFixed(3));
    return `${name} ${show(change.old)} → ${show(change.new)}`;
}
/** `A → B → C`, shortened to `A → B → … (30 steps) … → Y → Z` beyond `max` steps (long rework loops). */
export function sequence(activities, max = 20) {
    if (activities.length <= max)
        return activities.join(' → ');
    const half = Math.floor(max / 2);
    return `${activities.slice(0, half).join(' → ')} → … (${activities.length} steps) … → ${activities.slice(-half).join(' → ')}`;
}
/** `first → last` of a time range, dates only. */
export function period(range) {
    return range === null ? 'no events' : `${range.start.slice(0, 10)} → ${range.end.slice(0, 10)}`;
}
/** `p = 0.012` or `p < 0.001` of a shift test; empty without one. */
export function pValue(test) {
    if (test === null)
        return '';
    return test.p < 0.001 ? 'p < 0.001' : `p = ${test.p.toFixed(3)}`;
}
/** One sentence on a throughput or waiting shift test. */
export function shiftSentence(test, what) {
    if (test === null)
        return `no shift test (a period without ${what})`;
    const verdict = test.significant ? 'a shift, significant at 5%' : 'no significant shift at 5%';
    return `Mann–Whitney U: ${pValue(test)}, ${verdict}; a new ${what} is longer than an old one with probability ${test.probabilityNewLarger.toFixed(2)}`;
}
