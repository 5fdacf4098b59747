// Timestamp formats other than ISO: user patterns (`dd.MM.yyyy HH:mm`, `MM/dd/yyyy hh:mm a`), epoch numbers and
// Jalali (Solar Hijri) dates, all accepting Latin, Persian and Arabic-Indic digits.
import { isValidJalaaliDate, toGregorian } from 'jalaali-js';
import { UserError } from '../../errors.js';
import { toLatinDigits } from '../../log/normalize-label.js';
import { daysInMonth, parseIsoBytes, parseIsoTimestamp } from './parse-iso.js';
import { jalaliBytesParser } from './parse-jalali.js';
import { wallTimeToEpoch } from './zone.js';
/**
 * Remembers the results of a slow parser: exports repeat the same minute many times (2.5M events over a year of office
 * hours have about 100k distinct minutes), so regex parsing and digit mapping run once per distinct text.
 */
function cached(parse) {
    const memory = new Map();
    return (text) => {
        let value = memory.get(text);
        if (value === undefined) {
            if (memory.size >= 1 << 18)
                memory.clear();
            value = parse(text);
            memory.set(text, value);
        }
        return value;
    };
}
const NON_ASCII_DIGIT = /[\u06F0-\u06F9\u0660-\u0669]/;
function latin(text) {
    return NON_ASCII_DIGIT.test(text) ? toLatinDigits(text) : text;
}
/** ISO 8601, with or without offset and fraction. */
export function isoParser(zone) {
    return {
        description: 'ISO 8601',
        format: 'iso',
        parse: (text) => parseIsoTimestamp(latin(text), zone),
        parseBytes: (bytes, from, to) => parseIsoBytes(bytes, from, to, zone),
    };
}
/** Seconds or milliseconds since 1970-01-01 UTC. */
export function epochParser(unit) {
    const scale = unit === 's' ? 1000 : 1;
    return {
        description: unit === 's' ? 'epoch seconds' : 'epoch milliseconds',
        format: unit === 's' ? 'epoch-s' : 'epoch-ms',
        parse: (text) => {
            const value = latin(text);
            if (!/^-?\d+(\.\d+)?$/.test(value))
                return NaN;
            return Math.round(Number(value) * scale);
        },
    };
}
const TOKEN = /yyyy|yy|MM|M|dd|d|HH|H|hh|h|mm|m|ss|s|S+|a|XXX|XX|X|Z|'[^']*'|./g;
/**
 * Compiles a pattern (Unicode/Java-style letters: yyyy yy MM M dd d HH H hh h mm m ss s S… a X/Z) into a parser.
 * With `jalali`, year/month/day are Solar Hijri and converted with jalaali-js. O(pattern) to compile, O(text) to parse.
 */
export function patternParser(pattern, zone, jalali = false) {
    const setters = [];
    let source = '^';
    for (const token of pattern.match(TOKEN) ?? []) {
        const capture = (regex, set) => {
            source += `(${regex})`;
            setters.push(set);
        };
        switch (token) {
            case 'yyyy':
                capture('\\d{4}', (f, v) => (f.year = Number(v)));
                break;
            case 'yy':
                capture('\\d{2}', (f, v) => (f.year = (jalali ? 1300 : 2000) + Number(v)));
                break;
            case 'MM':
            case 'M':
                capture('\\d{1,2}', (f, v) => (f.month = Number(v)));
                break;
            case 'dd':
            case 'd':
                capture('\\d{1,2}', (f, v) => (f.day = Number(v)));
                break;
            case 'HH':
            case 'H':
            case 'hh':
            case 'h':
                capture('\\d{1,2}', (f, v) => (f.hour = Number(v)));
                break;
            case 'mm':
            case 'm':
                capture('\\d{1,2}', (f, v) => (f.minute = Number(v)));
                break;
            case 'ss':
            case 's':
                capture('\\d{1,2}', (f, v) => (f.second = Number(v)));
                break;
            case 'a':
                capture('[AaPp]\\.?[Mm]\\.?|ق\\.?ظ|ب\\.?ظ', (f, v) => (f.pm = /^[Pp]|^ب/.test(v)));
                break;
            case 'X':
            case 'XX':
            case 'XXX':
            case 'Z':
                capture('Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}', (f, v) => {
                    const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(v);
                    f.offsetMinutes = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0)) : 0;
                });
                break;
            default:
                if (/^S+$/.test(token))
                    capture('\\d+', (f, v) => (f.millisecond = Math.floor(Number(`0.${v}`) * 1000 + 1e-6)));
                else if (token.startsWith("'"))
                    source += escapeRegex(token.slice(1, -1));
                else if (token === ' ')
                    source += '\\s+';
                else
                    source += escapeRegex(token);
        }
    }
    if (setters.length === 0)
        throw new UserError(`timestamp format ${JSON.stringify(pattern)} has no date fields (use letters such as yyyy MM dd HH mm ss)`);
    const regex = new RegExp(`${source}$`);
    return {
        description: `${jalali ? 'Jalali ' : ''}${pattern}`,
        format: `${jalali ? 'jalali ' : ''}${pattern}`,
        parse: cached((text) => {
            const match = regex.exec(latin(text).trim());
            if (!match)
                return NaN;
            const fields = { year: NaN, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0, pm: undefined, offsetMinutes: undefined };
            setters.forEach((set, i) => set(fields, match[i + 1] ?? ''));
            if (fields.pm !== undefined) {
                if (fields.hour < 1 || fields.hour > 12)
                    return NaN;
                fields.hour = (fields.hour % 12) + (fields.pm ? 12 : 0);
            }
            return toEpoch(fields, zone, jalali);
        }),
    };
}
function toEpoch(fields, zone, jalali) {
    let { year, month, day } = fields;
    if (jalali) {
        if (!isValidJalaaliDate(year, month, day))
            return NaN;
        const gregorian = toGregorian(year, month, day);
        year = gregorian.gy;
        month = gregorian.gm;
        day = gregorian.gd;
    }
    else if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)))
        return NaN;
    const { hour, minute, second, millisecond } = fields;
    if (hour > 24 || minute > 59 || second > 60)
        return NaN;
    if (fields.offsetMinutes !== undefined) {
        return Date.UTC(year, month - 1, day, hour, minute, second, millisecond) - fields.offsetMinutes * 60_000;
    }
    return wallTimeToEpoch(year, month, day, hour, minute, second, millisecond, zone);
}
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/** Jalali dates as exported by Iranian systems: `1403/02/15`, `1403-2-15 10:23`, `1403/02/15 10:23:05`. */
export function jalaliParser(zone) {
    const regex = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?:[ T]+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?$/;
    return {
        description: 'Jalali yyyy/MM/dd HH:mm[:ss]',
        format: 'jalali',
        parseBytes: jalaliBytesParser(zone),
        parse: cached((text) => {
            const match = regex.exec(latin(text).trim());
            if (!match)
                return NaN;
            const year = Number(match[1]);
            if (year < 1200 || year > 1600)
                return NaN;
            return toEpoch({
                year,
                month: Number(match[2]),
                day: Number(match[3]),
                hour: Number(match[4] ?? 0),
                minute: Number(match[5] ?? 0),
                second: Number(match[6] ?? 0),
                millisecond: 0,
                pm: undefined,
                offsetMinutes: undefined,
            }, zone, true);
        }),
    };
}
