import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, parseIsoBytes } from '../../../src/io/timestamp/parse-iso.js';
import { wallTimeToEpoch } from '../../../src/io/timestamp/zone.js';

/** A timestamp's fields, its text, and the instant it stands for (NaN for an impossible date). */
interface Case {
  readonly text: string;
  readonly expected: number;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** Few distinct dates (so that consecutive texts often share one, as in exports), some of them impossible. */
const isoCase = (zone: string): fc.Arbitrary<Case> =>
  fc
    .record({
      year: fc.constantFrom(2023, 2024, 2100),
      month: fc.constantFrom(1, 2, 3, 12),
      day: fc.constantFrom(1, 15, 28, 29, 30, 31, 32),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      second: fc.integer({ min: 0, max: 59 }),
      millisecond: fc.integer({ min: 0, max: 999 }),
      separator: fc.constantFrom('T', ' '),
      parts: fc.constantFrom('date', 'minutes', 'seconds', 'fraction'),
      offset: fc.constantFrom('', 'Z', '+03:30', '-05:00', '+0100'),
    })
    .map((f): Case => {
      const date = `${pad(f.year, 4)}-${pad(f.month, 2)}-${pad(f.day, 2)}`;
      const valid = f.day <= daysInMonth(f.year, f.month);
      const minute = f.parts === 'date' ? 0 : f.minute;
      const hour = f.parts === 'date' ? 0 : f.hour;
      const second = f.parts === 'seconds' || f.parts === 'fraction' ? f.second : 0;
      const millisecond = f.parts === 'fraction' ? f.millisecond : 0;
      const time =
        f.parts === 'date'
          ? ''
          : `${f.separator}${pad(hour, 2)}:${pad(minute, 2)}${f.parts === 'minutes' ? '' : `:${pad(second, 2)}`}${f.parts === 'fraction' ? `.${pad(millisecond, 3)}` : ''}`;
      const offset = f.parts === 'date' ? '' : f.offset;
      const text = `${date}${time}${offset}`;
      if (!valid) return { text, expected: NaN };
      if (offset === '') return { text, expected: wallTimeToEpoch(f.year, f.month, f.day, hour, minute, second, millisecond, zone) };
      const sign = offset.startsWith('-') ? -1 : 1;
      const minutes = offset === 'Z' ? 0 : sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(-2)));
      return { text, expected: Date.UTC(f.year, f.month - 1, f.day, hour, minute, second, millisecond) - minutes * 60_000 };
    });

describe('parseIsoBytes', () => {
  it.each(['UTC', 'Asia/Tehran', 'Europe/Amsterdam'])('reads runs of timestamps sharing dates, impossible dates among them, as the fields say (%s)', (zone) => {
    fc.assert(
      fc.property(fc.array(isoCase(zone), { minLength: 1, maxLength: 40 }), (cases) => {
        // One buffer holding every text, as a CSV chunk does: each is read from its own byte range.
        const bytes = Buffer.from(cases.map((c) => c.text).join(','), 'latin1');
        let from = 0;
        for (const { text, expected } of cases) {
          expect(parseIsoBytes(bytes, from, from + text.length, zone)).toBe(expected);
          from += text.length + 1;
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('does not take a remembered date for another one that differs in a single byte', () => {
    const bytes = Buffer.from('2024-03-05 10:00,2024-03-06 10:00,2024-02-30 10:00,2024-03-06 11:00', 'latin1');
    expect(parseIsoBytes(bytes, 0, 16, 'UTC')).toBe(Date.UTC(2024, 2, 5, 10));
    expect(parseIsoBytes(bytes, 17, 33, 'UTC')).toBe(Date.UTC(2024, 2, 6, 10));
    expect(parseIsoBytes(bytes, 34, 50, 'UTC')).toBeNaN();
    expect(parseIsoBytes(bytes, 51, 67, 'UTC')).toBe(Date.UTC(2024, 2, 6, 11));
  });
});
