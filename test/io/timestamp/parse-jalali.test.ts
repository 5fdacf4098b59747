import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jalaliParser } from '../../../src/io/timestamp/timestamp-parser.js';

const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

/** A number written with a random digit set per digit, as clerks' exports mix them. */
const digits = (value: number, width: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(0, 1, 2), { minLength: 8, maxLength: 8 }).map((sets) =>
    [...String(value).padStart(width, '0')].map((d, i) => (sets[i] === 1 ? PERSIAN[Number(d)] : sets[i] === 2 ? ARABIC_INDIC[Number(d)] : d)).join(''),
  );

const jalaliText = fc
  .record({
    year: fc.integer({ min: 1150, max: 1650 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.integer({ min: 0, max: 60 }),
    second: fc.integer({ min: 0, max: 61 }),
    dateSeparator: fc.constantFrom('/', '-', '.'),
    timeSeparator: fc.constantFrom(' ', 'T', '  ', ' T'),
    parts: fc.constantFrom('date', 'minutes', 'seconds'),
    width: fc.constantFrom(1, 2),
  })
  .chain((f) =>
    fc
      .tuple(digits(f.year, 4), digits(f.month, f.width), digits(f.day, f.width), digits(f.hour, 2), digits(f.minute, 2), digits(f.second, 2))
      .map(([y, mo, d, h, mi, s]) => {
        const date = `${y}${f.dateSeparator}${mo}${f.dateSeparator}${d}`;
        if (f.parts === 'date') return date;
        return `${date}${f.timeSeparator}${h}:${mi}${f.parts === 'seconds' ? `:${s}` : ''}`;
      }),
  );

describe('Jalali timestamps from bytes', () => {
  it.each(['UTC', 'Asia/Tehran'])('agree with the string parser on well-formed, out-of-range and mixed-digit texts (%s)', (zone) => {
    const parser = jalaliParser(zone);
    const parseBytes = parser.parseBytes as (bytes: Uint8Array, from: number, to: number) => number;
    fc.assert(
      fc.property(fc.oneof(jalaliText, fc.string({ maxLength: 20 })), (text) => {
        const framed = Buffer.from(`,${text},`);
        const fromBytes = parseBytes(framed, 1, framed.length - 1);
        // NaN from bytes means "ask the string parser", which must then agree (it also trims).
        if (!Number.isNaN(fromBytes)) expect(fromBytes).toBe(parser.parse(text));
        else if (text === text.trim() && /^[\d۰-۹٠-٩]{4}[/-]/.test(text)) expect(parser.parse(text)).toBeNaN();
      }),
      { numRuns: 3000 },
    );
  });

  it('reads Persian, Arabic-Indic and Latin digits to the same instant', () => {
    const parseBytes = jalaliParser('Asia/Tehran').parseBytes as (bytes: Uint8Array, from: number, to: number) => number;
    const at = (text: string): number => parseBytes(Buffer.from(text), 0, Buffer.byteLength(text));
    const expected = Date.UTC(2024, 4, 4, 10, 23) - 3.5 * 3_600_000; // 1403/02/15 = 2024-05-04, Tehran is UTC+3:30
    expect(at('1403/02/15 10:23')).toBe(expected);
    expect(at('۱۴۰۳/۰۲/۱۵ ۱۰:۲۳')).toBe(expected);
    expect(at('١٤٠٣-٢-١٥ 10:23')).toBe(expected);
    expect(at('1403/12/30 10:00')).toBe(Date.UTC(2025, 2, 20, 10) - 3.5 * 3_600_000); // 1403 is a leap year
    expect(at('1402/12/30 10:00')).toBeNaN();
  });
});
