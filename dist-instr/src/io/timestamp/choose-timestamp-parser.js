// Picks the timestamp format of a column: the user's `--timestamp-format`, or the first known format that reads the
// sampled values. The choice is reported, so a misread never goes unnoticed.
import { UserError } from '../../errors.js';
import { epochParser, isoParser, jalaliParser, patternParser } from './timestamp-parser.js';
import { assertTimeZone } from './zone.js';
/** Patterns tried after ISO, epoch and Jalali; day-first before month-first (the ambiguity is reported). */
const CANDIDATE_PATTERNS = [
    'dd.MM.yyyy HH:mm:ss',
    'dd.MM.yyyy HH:mm',
    'dd.MM.yyyy',
    'dd/MM/yyyy HH:mm:ss',
    'dd/MM/yyyy HH:mm',
    'dd/MM/yyyy',
    'MM/dd/yyyy HH:mm:ss',
    'MM/dd/yyyy HH:mm',
    'MM/dd/yyyy hh:mm:ss a',
    'MM/dd/yyyy hh:mm a',
    'MM/dd/yyyy',
    'dd-MM-yyyy HH:mm:ss',
    'dd-MM-yyyy HH:mm',
    'yyyy/MM/dd HH:mm:ss',
    'yyyy/MM/dd HH:mm',
    'yyyy/MM/dd',
    'yyyy.MM.dd HH:mm:ss',
    'yyyyMMddHHmmss',
];
/** The parser for an explicit `--timestamp-format` value. */
export function parserForFormat(format, zone) {
    assertTimeZone(zone);
    const name = format.trim();
    switch (name.toLowerCase()) {
        case 'iso':
        case 'iso8601':
            return isoParser(zone);
        case 'epoch-s':
        case 'epoch':
            return epochParser('s');
        case 'epoch-ms':
            return epochParser('ms');
        case 'jalali':
            return jalaliParser(zone);
        default:
            if (/^jalali\s+/i.test(name))
                return patternParser(name.replace(/^jalali\s+/i, ''), zone, true);
            return patternParser(name, zone);
    }
}
/**
 * Chooses the format that reads every sampled value (ISO, then epoch, then Jalali, then common patterns); when none
 * reads them all, the one reading most, provided it reads at least half (the rest become rejected rows).
 * Throws a UserError with examples when nothing fits. O(samples × candidates).
 */
export function detectTimestampFormat(samples, zone, column) {
    assertTimeZone(zone);
    const values = samples.map((sample) => sample.trim()).filter((sample) => sample !== '');
    if (values.length === 0)
        return { parser: isoParser(zone), warning: `column ${column} has no values in the first rows; assumed ISO 8601` };
    const candidates = [isoParser(zone), epochCandidate(values, zone), jalaliParser(zone)];
    for (const pattern of CANDIDATE_PATTERNS)
        candidates.push(patternParser(pattern, zone));
    let best;
    let bestCount = 0;
    const complete = [];
    for (const candidate of candidates) {
        let count = 0;
        for (const value of values)
            if (!Number.isNaN(candidate.parse(value)))
                count++;
        if (count === values.length)
            complete.push(candidate);
        if (count > bestCount) {
            best = candidate;
            bestCount = count;
        }
    }
    const first = complete[0];
    if (first) {
        const dayMonthClash = complete.find((other) => other !== first && swapsDayAndMonth(first.description, other.description));
        const warning = dayMonthClash
            ? `timestamps in column ${column} read as ${first.description}; they also read as ${dayMonthClash.description}: pass --timestamp-format if that is wrong`
            : undefined;
        return warning ? { parser: first, warning } : { parser: first };
    }
    if (best && bestCount * 2 >= values.length) {
        return {
            parser: best,
            warning: `only ${bestCount} of ${values.length} sampled timestamps in column ${column} read as ${best.description}; the others are rejected rows`,
        };
    }
    const examples = values.slice(0, 3).map((value) => JSON.stringify(value)).join(', ');
    throw new UserError(`cannot recognise the timestamps in column ${column} (e.g. ${examples}): pass --timestamp-format, e.g. "dd.MM.yyyy HH:mm", "MM/dd/yyyy hh:mm a", iso, epoch-s, epoch-ms or jalali`);
}
function epochCandidate(values, zone) {
    // 13-digit values are milliseconds, 9–10 digit values seconds (2001–2286 either way).
    const first = values.find((value) => /^\d+$/.test(value)) ?? '';
    return first.length >= 12 ? epochParser('ms') : first.length >= 9 ? epochParser('s') : isoParser(zone);
}
function swapsDayAndMonth(a, b) {
    if (!a.includes('dd') || !a.includes('MM'))
        return false;
    return a.replace('dd', '§').replace('MM', 'dd').replace('§', 'MM') === b;
}
