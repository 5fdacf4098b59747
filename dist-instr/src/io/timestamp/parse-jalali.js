// Jalali timestamps parsed from UTF-8 bytes, digits Latin, Persian (U+06F0–9) or Arabic-Indic (U+0660–9) alike: the
// fast path of the Jalali format, so a Persian export is not decoded to a string and regex-matched per event.
import { isValidJalaaliDate, toGregorian } from 'jalaali-js';
import { utcEpoch, wallClockToEpoch } from './zone.js';
const SLASH = 0x2f;
const DASH = 0x2d;
const COLON = 0x3a;
const SPACE = 0x20;
const T = 0x54;
const FIRST_YEAR = 1200;
const LAST_YEAR = 1600;
const DAY = 86_400_000;
/** Position the digit readers advance; module state keeps the hot path free of closures and tuples. */
let cursor = 0;
/** Reads `min` to `max` digits at `cursor` (any of the three digit sets); their value, or -1. */
function readNumber(bytes, to, min, max) {
    let value = 0;
    let count = 0;
    while (count < max && cursor < to) {
        const byte = bytes[cursor];
        let digit;
        if (byte >= 0x30 && byte <= 0x39) {
            digit = byte - 0x30;
            cursor++;
        }
        else if (cursor + 1 < to && (byte === 0xdb || byte === 0xd9)) {
            const next = bytes[cursor + 1];
            if (byte === 0xdb && next >= 0xb0 && next <= 0xb9)
                digit = next - 0xb0;
            else if (byte === 0xd9 && next >= 0xa0 && next <= 0xa9)
                digit = next - 0xa0;
            else
                break;
            cursor += 2;
        }
        else
            break;
        value = value * 10 + digit;
        count++;
    }
    return count >= min ? value : -1;
}
/**
 * A parser of `yyyy/MM/dd[ HH:mm[:ss]]` Jalali bytes (`-` also separates the date; one or more spaces or `T` before
 * the time), read as wall-clock time in `zone`. Returns epoch ms, or NaN when the bytes are not exactly of this form
 * (the caller then tries the string parser, which also trims). Each distinct day is converted once.
 * O(length) per call, plus a table of 401 × 13 × 32 days (1.3 MB).
 */
export function jalaliBytesParser(zone) {
    const utc = zone === 'UTC';
    // Midnight UTC of each Jalali (year, month, day), in days since 1970 plus one (so 0 means not computed); NaN invalid.
    const days = new Float64Array((LAST_YEAR - FIRST_YEAR + 1) * 13 * 32);
    const utcDay = (year, month, day) => {
        const slot = ((year - FIRST_YEAR) * 13 + month) * 32 + day;
        let known = days[slot];
        if (known === 0) {
            if (isValidJalaaliDate(year, month, day)) {
                const { gy, gm, gd } = toGregorian(year, month, day);
                known = utcEpoch(gy, gm, gd, 0, 0, 0, 0) / DAY + 1;
            }
            else
                known = NaN;
            days[slot] = known;
        }
        return known - 1;
    };
    return (bytes, from, to) => {
        cursor = from;
        const year = readNumber(bytes, to, 4, 4);
        if (year < FIRST_YEAR || year > LAST_YEAR || (bytes[cursor] !== SLASH && bytes[cursor] !== DASH))
            return NaN;
        cursor++;
        const month = readNumber(bytes, to, 1, 2);
        if (month < 1 || month > 12 || (bytes[cursor] !== SLASH && bytes[cursor] !== DASH))
            return NaN;
        cursor++;
        const day = readNumber(bytes, to, 1, 2);
        if (day < 1 || day > 31)
            return NaN;
        let hour = 0;
        let minute = 0;
        let second = 0;
        if (cursor < to) {
            if (bytes[cursor] !== SPACE && bytes[cursor] !== T)
                return NaN;
            while (cursor < to && (bytes[cursor] === SPACE || bytes[cursor] === T))
                cursor++;
            hour = readNumber(bytes, to, 1, 2);
            if (hour < 0 || bytes[cursor] !== COLON)
                return NaN;
            cursor++;
            minute = readNumber(bytes, to, 1, 2);
            if (minute < 0)
                return NaN;
            if (cursor < to) {
                if (bytes[cursor] !== COLON)
                    return NaN;
                cursor++;
                second = readNumber(bytes, to, 1, 2);
                if (second < 0)
                    return NaN;
            }
            if (cursor !== to || hour > 24 || minute > 59 || second > 60)
                return NaN;
        }
        const epochDay = utcDay(year, month, day);
        if (epochDay !== epochDay)
            return NaN;
        const wall = epochDay * DAY + ((hour * 60 + minute) * 60 + second) * 1000;
        return utc ? wall : wallClockToEpoch(wall, zone);
    };
}
