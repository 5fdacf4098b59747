// Durations as users write them (`8w`, `40d`, `30wd`, `4h`) and as reports show them (`3d 4h`).
import { UserError } from '../errors.js';
const UNIT_SECONDS = { s: 1, m: 60, min: 60, h: 3600, d: 86_400, w: 604_800 };
/**
 * Parses `90s`, `30m`, `4h`, `40d`, `8w`, combinations such as `1d12h`, and `30wd` (working days of a calendar).
 * Throws a {@link UserError} naming the accepted units otherwise. O(length).
 */
export function parseDuration(text) {
    const trimmed = text.trim().toLowerCase();
    const workingDays = /^(\d+(?:\.\d+)?)\s*wd$/.exec(trimmed);
    if (workingDays)
        return { kind: 'working-days', days: Number(workingDays[1]), text: trimmed };
    const part = /(\d+(?:\.\d+)?)\s*(min|s|m|h|d|w)/gy;
    let seconds = 0;
    let at = 0;
    let match;
    while ((match = part.exec(trimmed)) !== null) {
        seconds += Number(match[1]) * (UNIT_SECONDS[match[2]] ?? 0);
        at = part.lastIndex;
        while (trimmed[at] === ' ')
            at++;
        part.lastIndex = at;
    }
    if (at === 0 || at !== trimmed.length) {
        throw new UserError(`cannot read duration ${JSON.stringify(text)}: use a number and a unit, s m h d w or wd (working days), e.g. 8w, 40d, 30wd`);
    }
    return { kind: 'calendar', seconds, text: trimmed };
}
/**
 * Human form of a duration in seconds: the two largest non-zero units of d, h, m, s (e.g. `3d 4h`, `12m 5s`).
 * `dayLength` is the length of a day in seconds: 86,400 for calendar time, the calendar's working day otherwise.
 */
export function formatDuration(seconds, dayLength = 86_400) {
    if (!Number.isFinite(seconds))
        return '—';
    const sign = seconds < 0 ? '-' : '';
    let rest = Math.round(Math.abs(seconds));
    if (rest === 0)
        return '0s';
    const parts = [];
    for (const [unit, size] of [['d', dayLength], ['h', 3600], ['m', 60], ['s', 1]]) {
        const amount = Math.floor(rest / size);
        if (amount > 0) {
            parts.push(`${amount}${unit}`);
            rest -= amount * size;
        }
        if (parts.length === 2)
            break;
        if (parts.length === 1 && amount === 0)
            break;
    }
    return sign + parts.join(' ');
}
