// Reads working hours as analysts write them (`sat-wed 08:00-14:00, thu 08:00-12:00`) or by preset name, into a
// weekly pattern of spans in local wall-clock time.
import { UserError } from '../errors.js';
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const DAY_ALIASES = Object.fromEntries([
    ...DAY_NAMES.map((name, i) => [name, i]),
    ...['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((name, i) => [name, i]),
    ['tues', 2],
    ['wednes', 3],
    ['thur', 4],
    ['thurs', 4],
]);
/**
 * Named weeks. `24x7` is calendar time (the default). `iran-gov` is the Iranian government week as most ministries and
 * municipalities keep it (Saturday to Wednesday 07:30-14:30, Thursday 07:30-13:00); `iran-gov-5day` drops Thursday,
 * as Tehran's offices have done since 2018.
 */
export const WORK_HOUR_PRESETS = {
    '24x7': 'sun-sat 00:00-24:00',
    office: 'mon-fri 09:00-17:00',
    'mon-fri': 'mon-fri 09:00-17:00',
    'iran-gov': 'sat-wed 07:30-14:30, thu 07:30-13:00',
    'iran-gov-5day': 'sat-wed 07:30-14:30',
};
function dayOf(token, whole) {
    const day = DAY_ALIASES[token];
    if (day === undefined) {
        throw new UserError(`cannot read work hours ${JSON.stringify(whole)}: ${JSON.stringify(token)} is not a day (use sun mon tue wed thu fri sat, ranges such as sat-wed)`);
    }
    return day;
}
function minutesOf(text, whole) {
    const match = /^(\d{1,2})(?::(\d{2}))?$/.exec(text);
    const hours = Number(match?.[1]);
    const minutes = Number(match?.[2] ?? 0);
    if (!match || minutes > 59 || hours * 60 + minutes > 1440) {
        throw new UserError(`cannot read work hours ${JSON.stringify(whole)}: ${JSON.stringify(text)} is not a time of day (use HH:MM, 00:00 to 24:00)`);
    }
    return hours * 60 + minutes;
}
/** Days named by one token: `thu`, `sat-wed` (wrapping over the week's end), `mon/wed`. */
function daysOf(token, whole) {
    const days = [];
    for (const part of token.split('/')) {
        const [from, to, extra] = part.split('-');
        if (extra !== undefined || from === undefined || from === '')
            dayOf(part, whole);
        const first = dayOf(from, whole);
        const last = to === undefined ? first : dayOf(to, whole);
        for (let day = first;; day = (day + 1) % 7) {
            days.push(day);
            if (day === last)
                break;
        }
    }
    return days;
}
/** Sorts and merges overlapping or touching spans of the same day. O(k log k). */
function mergeSpans(spans) {
    const sorted = [...spans].sort((a, b) => a.day - b.day || a.start - b.start);
    const merged = [];
    for (const span of sorted) {
        const last = merged[merged.length - 1];
        if (last && last.day === span.day && span.start <= last.end)
            merged[merged.length - 1] = { ...last, end: Math.max(last.end, span.end) };
        else
            merged.push(span);
    }
    return merged;
}
/** Canonical text of merged spans, grouping consecutive days with identical hours (`mon-fri 09:00-17:00`). */
export function workWeekText(spans) {
    const clock = (minutes) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const hoursOfDay = DAY_NAMES.map((_, day) => spans.filter((span) => span.day === day).map((span) => `${clock(span.start)}-${clock(span.end)}`).join(' '));
    const groups = [];
    // Start the scan after a day off so that a week such as sat-wed is written as one wrapping range.
    const offset = Math.max(0, hoursOfDay.findIndex((hours) => hours === ''));
    for (let k = 0; k < 7;) {
        const day = (offset + k) % 7;
        const hours = hoursOfDay[day];
        let length = 1;
        while (k + length < 7 && hoursOfDay[(day + length) % 7] === hours)
            length++;
        if (hours !== '') {
            const last = (day + length - 1) % 7;
            groups.push(`${DAY_NAMES[day]}${length > 1 ? `-${DAY_NAMES[last]}` : ''} ${hours}`);
        }
        k += length;
    }
    return groups.join(', ');
}
/**
 * Parses `--work-hours`: a preset name ({@link WORK_HOUR_PRESETS}) or groups of days followed by spans, separated by
 * commas, e.g. `sat-wed 08:00-14:00, thu 08:00-12:00` or `mon-fri 09:00-12:00 13:00-17:00`. A span that ends before it
 * starts (`22:00-06:00`) runs over midnight into the next day. Throws a {@link UserError} otherwise. O(length).
 */
export function parseWorkHours(text) {
    const trimmed = text.trim().toLowerCase();
    const preset = WORK_HOUR_PRESETS[trimmed];
    const source = preset ?? trimmed;
    const tokens = source.split(/[\s,;]+/).filter((token) => token !== '');
    const spans = [];
    let days = [];
    let lastWasSpan = false;
    let spansOfGroup = 0;
    const finishGroup = () => {
        if (days.length > 0 && spansOfGroup === 0) {
            throw new UserError(`cannot read work hours ${JSON.stringify(text)}: days without hours (write e.g. "mon-fri 09:00-17:00")`);
        }
    };
    for (const token of tokens) {
        if (/^\d/.test(token)) {
            const [from, to, extra] = token.split('-');
            if (to === undefined || extra !== undefined)
                throw new UserError(`cannot read work hours ${JSON.stringify(text)}: ${JSON.stringify(token)} is not a span such as 08:00-14:00`);
            if (days.length === 0)
                throw new UserError(`cannot read work hours ${JSON.stringify(text)}: hours ${token} come before any day`);
            const start = minutesOf(from, text);
            const end = minutesOf(to, text);
            if (start === end)
                throw new UserError(`cannot read work hours ${JSON.stringify(text)}: the span ${token} is empty`);
            for (const day of days) {
                if (end > start)
                    spans.push({ day, start, end });
                else {
                    if (start < 1440)
                        spans.push({ day, start, end: 1440 });
                    if (end > 0)
                        spans.push({ day: (day + 1) % 7, start: 0, end });
                }
            }
            lastWasSpan = true;
            spansOfGroup++;
        }
        else {
            if (lastWasSpan || days.length === 0) {
                finishGroup();
                days = [];
                spansOfGroup = 0;
            }
            days.push(...daysOf(token, text));
            lastWasSpan = false;
        }
    }
    finishGroup();
    if (spans.length === 0)
        throw new UserError(`cannot read work hours ${JSON.stringify(text)}: no working span (write e.g. "mon-fri 09:00-17:00", or a preset: ${Object.keys(WORK_HOUR_PRESETS).join(', ')})`);
    const merged = mergeSpans(spans);
    return { name: preset !== undefined ? trimmed : 'custom', text: workWeekText(merged), spans: merged };
}
