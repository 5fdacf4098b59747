// Reads a holiday list: one date a line, ISO (`2024-03-20`) or Jalali (`1403/01/01`, Latin, Persian or Arabic-Indic
// digits), an optional label after the date, `#` comments and blank lines ignored.
import { isValidJalaaliDate, toGregorian } from 'jalaali-js';
import { UserError } from '../errors.js';
/** Persian (U+06F0…) and Arabic-Indic (U+0660…) digits to Latin. */
function latinDigits(text) {
    return text.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (digit) => String(digit.codePointAt(0) & 0xf));
}
const pad = (value, width = 2) => String(value).padStart(width, '0');
/**
 * Parses a holiday file's text. Years below 1700 are Solar Hijri (Jalali) and converted with jalaali-js; others are
 * Gregorian. Separators `-`, `/` or `.`. Throws a {@link UserError} with file and line on a line that is not a date.
 * Duplicates are kept once (the first label wins). O(length).
 */
export function parseHolidays(text, file = '<holidays>') {
    const holidays = new Map();
    text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, index) => {
        const line = raw.replace(/#.*$/, '').trim();
        if (line === '')
            return;
        const match = /^(\S+)\s*[,;\t]?\s*(.*)$/.exec(line);
        const written = match[1];
        const date = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(latinDigits(written));
        const fail = (why) => {
            throw new UserError(`holiday ${JSON.stringify(written)} ${why}: write one date a line, ISO 2024-03-20 or Jalali 1403/01/01, then an optional label`, { file, line: index + 1, column: 1 });
        };
        if (!date)
            fail('is not a date');
        let [year, month, day] = [Number(date?.[1]), Number(date?.[2]), Number(date?.[3])];
        let jalali;
        if (year < 1700) {
            if (!isValidJalaaliDate(year, month, day))
                fail('is not a valid Jalali date');
            jalali = latinDigits(written);
            ({ gy: year, gm: month, gd: day } = toGregorian(year, month, day));
        }
        else {
            const check = new Date(Date.UTC(year, month - 1, day));
            if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
                fail('is not a valid date');
        }
        const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
        const label = match[2].trim();
        if (!holidays.has(iso))
            holidays.set(iso, { date: iso, ...(label !== '' ? { label } : {}), ...(jalali !== undefined ? { written: jalali } : {}) });
    });
    return [...holidays.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
