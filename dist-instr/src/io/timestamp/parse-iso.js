// A fixed-grammar ISO 8601 parser: the common export format, parsed byte by byte (no regex, no Date.parse,
// no string decoding when called on CSV bytes).
import { utcEpoch, wallClockToEpoch } from './zone.js';
const ZERO = 48;
function digits(text, at, count) {
    let value = 0;
    for (let i = at; i < at + count; i++) {
        const d = (text[i] ?? 0) - ZERO;
        if (d < 0 || d > 9)
            return -1;
        value = value * 10 + d;
    }
    return value;
}
/**
 * Parses `YYYY-MM-DD`, optionally followed by `T` or a space and `HH:MM`, `:SS`, a fraction of any length, and an
 * offset (`Z`, `±HH`, `±HHMM`, `±HH:MM`). Times without an offset are wall-clock time in `zone`.
 * Returns epoch ms, or NaN when the text is not of this form or a field is out of range. O(length).
 */
export function parseIsoTimestamp(text, zone) {
    const trimmed = text.trim();
    if (trimmed.length > scratch.length)
        return NaN;
    const length = scratch.write(trimmed, 0, 'latin1');
    return parseIsoBytes(scratch, 0, length, zone);
}
const scratch = Buffer.alloc(64);
const T = 84;
const SPACE = 32;
const COLON = 58;
/** The last valid date read (`YYYY-MM-DD` as bytes) and its UTC midnight: exports list many events a day. */
const lastDate = new Uint8Array(10);
let lastDateValid = false;
let lastMidnight = 0;
/** UTC midnight of the valid date `bytes[from, from + 10)`, or NaN; remembered for the next call. */
function midnightOf(bytes, from) {
    if (lastDateValid) {
        let same = true;
        for (let i = 0; i < 10 && same; i++)
            same = bytes[from + i] === lastDate[i];
        if (same)
            return lastMidnight;
    }
    if (bytes[from + 4] !== 45 || bytes[from + 7] !== 45)
        return NaN;
    const year = digits(bytes, from, 4);
    const month = digits(bytes, from + 5, 2);
    const day = digits(bytes, from + 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31)
        return NaN;
    if (day > 28 && day > daysInMonth(year, month))
        return NaN;
    for (let i = 0; i < 10; i++)
        lastDate[i] = bytes[from + i];
    lastDateValid = true;
    lastMidnight = utcEpoch(year, month, day, 0, 0, 0, 0);
    return lastMidnight;
}
/** {@link parseIsoTimestamp} on the bytes `bytes[from, to)` (ASCII), without decoding them to a string. */
export function parseIsoBytes(bytes, from, to, zone) {
    if (to - from < 10)
        return NaN;
    const midnight = midnightOf(bytes, from);
    if (Number.isNaN(midnight))
        return NaN;
    let hour = 0;
    let minute = 0;
    let second = 0;
    let millisecond = 0;
    let at = from + 10;
    if (at < to && (bytes[at] === T || bytes[at] === SPACE || bytes[at] === T + 32)) {
        hour = digits(bytes, at + 1, 2);
        if (at + 5 >= to || bytes[at + 3] !== COLON)
            return NaN;
        minute = digits(bytes, at + 4, 2);
        if (hour < 0 || hour > 24 || minute < 0 || minute > 59)
            return NaN;
        at += 6;
        if (at < to && bytes[at] === COLON) {
            if (at + 2 >= to)
                return NaN;
            second = digits(bytes, at + 1, 2);
            if (second < 0 || second > 60)
                return NaN;
            at += 3;
            if (at < to && (bytes[at] === 46 || bytes[at] === 44)) {
                at++;
                let scale = 100;
                let fraction = 0;
                const first = at;
                while (at < to) {
                    const d = bytes[at] - ZERO;
                    if (d < 0 || d > 9)
                        break;
                    fraction += d * scale;
                    scale /= 10;
                    at++;
                }
                if (at === first)
                    return NaN;
                millisecond = Math.floor(fraction + 1e-6);
            }
        }
    }
    // Whole milliseconds below 2^53 throughout: the sum is exact, the same instant utcEpoch gives.
    const wall = midnight + ((hour * 60 + minute) * 60 + second) * 1000 + millisecond;
    if (at === to)
        return wallClockToEpoch(wall, zone);
    let offsetMinutes;
    const sign = bytes[at];
    if ((sign === 90 || sign === 122) && at + 1 === to)
        offsetMinutes = 0;
    else if (sign === 43 || sign === 45) {
        if (at + 3 > to)
            return NaN;
        const offsetHours = digits(bytes, at + 1, 2);
        let rest = at + 3;
        if (rest < to && bytes[rest] === COLON)
            rest++;
        const offsetMins = rest === to ? 0 : rest + 2 === to ? digits(bytes, rest, 2) : -1;
        if (offsetHours < 0 || offsetMins < 0)
            return NaN;
        offsetMinutes = (sign === 45 ? -1 : 1) * (offsetHours * 60 + offsetMins);
    }
    else
        return NaN;
    return wall - offsetMinutes * 60_000;
}
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Days in a Gregorian month. O(1). */
export function daysInMonth(year, month) {
    if (month === 2)
        return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return MONTH_DAYS[month - 1] ?? 0;
}
