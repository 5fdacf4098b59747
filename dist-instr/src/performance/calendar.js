// Working calendars: how many working seconds lie between two instants, given weekly hours, holidays and a time zone.
//
// Not minute by minute: the calendar lays out its working intervals (as UTC instants, so daylight-saving changes are
// exact) over the days a log covers, with the cumulative working time before each one: a prefix sum. Working time up to
// an instant is then one lookup (a per-day index into the intervals, then a step over that day's few spans), and
// workingSeconds(from, to) is the difference of two such lookups: O(1) per call after an O(days × spans) build.
// Zone arithmetic is shared with the readers (pure functions over Intl, no I/O).
import { assertTimeZone, wallTimeToEpoch } from '../io/timestamp/zone.js';
import { parseWorkHours } from './parse-work-hours.js';
const DAY_MS = 86_400_000;
/** Days laid out beyond the requested range on each side, so zone offsets and padding never clip a span. */
const PADDING_DAYS = 2;
/** The spec of 24x7 calendar time in `timezone` with no holidays. */
export function calendarTimeSpec(timezone = 'UTC') {
    return { week: parseWorkHours('24x7'), holidays: [], timezone };
}
function weekStats(week) {
    const days = new Set(week.spans.map((span) => span.day));
    const seconds = week.spans.reduce((sum, span) => sum + (span.end - span.start) * 60, 0);
    return { seconds, days: days.size };
}
/** Working seconds per working day of `week` (see {@link WorkingCalendar.dayLength}). O(spans). */
export function workingDayLength(week) {
    const { seconds, days } = weekStats(week);
    return days === 0 ? 86_400 : seconds / days;
}
/**
 * Builds a calendar valid for instants from `fromMs` to `toMs` (and a couple of days around them); the working time of
 * instants outside that range is clamped to its ends. O(days × spans) time and memory. Asking for 24x7 without
 * holidays gives elapsed time directly.
 */
export function buildCalendar(spec, fromMs, toMs) {
    assertTimeZone(spec.timezone);
    const dayLength = workingDayLength(spec.week);
    const always = spec.week.name === '24x7' || weekStats(spec.week).seconds === 7 * 86_400;
    if (always && spec.holidays.length === 0) {
        return { spec, calendarTime: true, dayLength, workingSeconds: (from, to) => (to - from) / 1000, workingMsAt: (t) => t };
    }
    if (!Number.isFinite(fromMs) || !Number.isFinite(toMs) || toMs < fromMs)
        [fromMs, toMs] = [0, 0];
    const holidays = new Set(spec.holidays.map((holiday) => holiday.date));
    const spansByDay = Array.from({ length: 7 }, (_, day) => spec.week.spans.filter((span) => span.day === day));
    // Local civil days (days since 1970-01-01 in the zone) covering the range; offsets are at most ±14 h.
    const firstDay = Math.floor(fromMs / DAY_MS) - PADDING_DAYS;
    const lastDay = Math.floor(toMs / DAY_MS) + PADDING_DAYS;
    const starts = [];
    const ends = [];
    for (let day = firstDay; day <= lastDay; day++) {
        const date = new Date(day * DAY_MS);
        const [year, month, dom] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
        if (holidays.has(date.toISOString().slice(0, 10)))
            continue;
        const weekday = (((day + 4) % 7) + 7) % 7;
        for (const span of spansByDay[weekday]) {
            const at = (minutes) => minutes === 1440 ? localMidnight(day + 1, spec.timezone) : wallTimeToEpoch(year, month, dom, Math.floor(minutes / 60), minutes % 60, 0, 0, spec.timezone);
            const start = at(span.start);
            const end = at(span.end);
            if (end <= start)
                continue; // a span swallowed by a daylight-saving gap
            const last = ends.length - 1;
            if (last >= 0 && start <= ends[last])
                ends[last] = Math.max(ends[last], end);
            else {
                starts.push(start);
                ends.push(end);
            }
        }
    }
    return intervalCalendar(spec, dayLength, Float64Array.from(starts), Float64Array.from(ends), firstDay);
}
function localMidnight(day, zone) {
    const date = new Date(day * DAY_MS);
    return wallTimeToEpoch(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), 0, 0, 0, 0, zone);
}
/** The calendar over sorted, disjoint working intervals, with prefix sums and a per-UTC-day index into them. */
function intervalCalendar(spec, dayLength, starts, ends, firstDay) {
    const n = starts.length;
    const before = new Float64Array(n + 1); // working ms before interval i
    for (let i = 0; i < n; i++)
        before[i + 1] = before[i] + ends[i] - starts[i];
    const base = firstDay * DAY_MS;
    const days = n === 0 ? 1 : Math.ceil((ends[n - 1] - base) / DAY_MS) + 1;
    // firstOpen[k]: the first interval that ends after the start of UTC day firstDay + k.
    const firstOpen = new Int32Array(days + 1);
    for (let k = 0, i = 0; k <= days; k++) {
        const dayStart = base + k * DAY_MS;
        while (i < n && ends[i] <= dayStart)
            i++;
        firstOpen[k] = i;
    }
    const workedUpTo = (t) => {
        let k = Math.floor((t - base) / DAY_MS);
        if (k < 0)
            return 0;
        if (k > days)
            k = days;
        let i = firstOpen[k];
        while (i < n && ends[i] <= t)
            i++;
        if (i === n)
            return before[n];
        const start = starts[i];
        return before[i] + (t > start ? t - start : 0);
    };
    return {
        spec,
        calendarTime: false,
        dayLength,
        workingSeconds: (from, to) => (workedUpTo(to) - workedUpTo(from)) / 1000,
        workingMsAt: workedUpTo,
    };
}
const ranges = new WeakMap();
/**
 * Earliest start (or end) and latest end time of a log, epoch ms; `[NaN, NaN]` for an empty log. O(n) once per log
 * (logs are immutable; the calendar, the period grid and the report all ask), O(1) after.
 */
export function logTimeRange(log) {
    let range = ranges.get(log);
    if (!range) {
        range = scanTimeRange(log);
        ranges.set(log, range);
    }
    return [range[0], range[1]];
}
function scanTimeRange(log) {
    let min = Infinity;
    let max = -Infinity;
    const { time, startTime } = log;
    for (let e = 0; e < time.length; e++) {
        const t = time[e];
        if (t < min)
            min = t;
        if (t > max)
            max = t;
        if (startTime) {
            const s = startTime[e];
            if (s < min)
                min = s;
        }
    }
    return min <= max ? [min, max] : [NaN, NaN];
}
/** A calendar from `spec` covering every instant of `log`. O(n + days × spans). */
export function calendarForLog(spec, log) {
    const [from, to] = logTimeRange(log);
    return buildCalendar(spec, from, to);
}
