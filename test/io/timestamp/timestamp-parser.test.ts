import { describe, expect, it } from 'vitest';
import { detectTimestampFormat, parserForFormat } from '../../../src/io/timestamp/choose-timestamp-parser.js';
import { parseIsoTimestamp } from '../../../src/io/timestamp/parse-iso.js';
import { wallTimeToEpoch } from '../../../src/io/timestamp/zone.js';
import { UserError } from '../../../src/errors.js';

const utc = (text: string): number => Date.parse(text);

describe('parseIsoTimestamp', () => {
  it('reads offsets, fractions of any length and a space or T separator', () => {
    expect(parseIsoTimestamp('2011-10-11 13:45:40.276000+02:00', 'UTC')).toBe(utc('2011-10-11T11:45:40.276Z'));
    expect(parseIsoTimestamp('2016-08-04T11:39:29', 'UTC')).toBe(utc('2016-08-04T11:39:29Z'));
    expect(parseIsoTimestamp('2016-08-04T11:39:29.5Z', 'UTC')).toBe(utc('2016-08-04T11:39:29.500Z'));
    expect(parseIsoTimestamp('2016-08-04T11:39-0330', 'UTC')).toBe(utc('2016-08-04T15:09:00Z'));
    expect(parseIsoTimestamp('2016-08-04', 'UTC')).toBe(utc('2016-08-04T00:00:00Z'));
  });

  it('reads times without an offset in the given zone', () => {
    expect(parseIsoTimestamp('2024-05-04 10:00', 'Asia/Tehran')).toBe(utc('2024-05-04T06:30:00Z'));
    expect(parseIsoTimestamp('2024-07-01 12:00', 'Europe/Amsterdam')).toBe(utc('2024-07-01T10:00:00Z'));
  });

  it('rejects impossible dates and malformed text', () => {
    for (const text of ['2023-02-29', '2023-13-01', '2023-01-01 25:00', '2023-01-01T10', 'hello', '2023-01-01T10:00+2']) {
      expect(parseIsoTimestamp(text, 'UTC'), text).toBeNaN();
    }
  });
});

describe('wallTimeToEpoch across daylight-saving changes', () => {
  it('shifts a wall time inside the spring-forward gap forward by the gap', () => {
    // 2024-03-10 02:30 does not exist in New York; 03:30 EDT is 07:30Z.
    expect(wallTimeToEpoch(2024, 3, 10, 2, 30, 0, 0, 'America/New_York')).toBe(utc('2024-03-10T07:30:00Z'));
  });
  it('takes the earlier instant of a repeated wall time', () => {
    // 2024-11-03 01:30 happens twice; the first is 01:30 EDT = 05:30Z.
    expect(wallTimeToEpoch(2024, 11, 3, 1, 30, 0, 0, 'America/New_York')).toBe(utc('2024-11-03T05:30:00Z'));
  });
});

describe('parserForFormat', () => {
  it('compiles day-first and 12-hour patterns', () => {
    expect(parserForFormat('dd.MM.yyyy HH:mm', 'UTC').parse('16.01.2017 13:29')).toBe(utc('2017-01-16T13:29:00Z'));
    const us = parserForFormat('MM/dd/yyyy hh:mm a', 'UTC');
    expect(us.parse('01/16/2017 01:29 PM')).toBe(utc('2017-01-16T13:29:00Z'));
    expect(us.parse('01/16/2017 12:05 AM')).toBe(utc('2017-01-16T00:05:00Z'));
    expect(us.parse('13/16/2017 01:29 PM')).toBeNaN();
  });

  it('reads epoch seconds and milliseconds', () => {
    expect(parserForFormat('epoch-s', 'UTC').parse('1700000000')).toBe(1_700_000_000_000);
    expect(parserForFormat('epoch-ms', 'UTC').parse('1700000000123')).toBe(1_700_000_000_123);
  });

  it('reads Jalali dates with Latin, Persian and Arabic-Indic digits in the zone given', () => {
    const jalali = parserForFormat('jalali', 'Asia/Tehran');
    const expected = utc('2024-05-04T06:53:00Z'); // 1403/02/15 = 2024-05-04; Tehran is UTC+03:30
    expect(jalali.parse('1403/02/15 10:23')).toBe(expected);
    expect(jalali.parse('۱۴۰۳/۰۲/۱۵ ۱۰:۲۳')).toBe(expected);
    expect(jalali.parse('١٤٠٣/٠٢/١٥ ١٠:٢٣')).toBe(expected);
    expect(jalali.parse('1403/12/30 10:00')).toBe(utc('2025-03-20T06:30:00Z')); // 1403 is a leap year
    expect(jalali.parse('1402/12/30 10:00')).toBeNaN();
  });

  it('refuses an unknown zone with a user error', () => {
    expect(() => parserForFormat('iso', 'Mars/Olympus')).toThrow(UserError);
  });
});

describe('detectTimestampFormat', () => {
  it('prefers ISO, then epoch, then Jalali, then patterns', () => {
    expect(detectTimestampFormat(['2024-01-01T10:00:00Z'], 'UTC', 'time').parser.description).toBe('ISO 8601');
    expect(detectTimestampFormat(['1700000000', '1700000600'], 'UTC', 'time').parser.description).toBe('epoch seconds');
    expect(detectTimestampFormat(['۱۴۰۳/۰۲/۱۵ ۱۰:۲۳'], 'UTC', 'time').parser.description).toMatch(/^Jalali/);
    expect(detectTimestampFormat(['16.01.2017 13:29'], 'UTC', 'time').parser.description).toBe('dd.MM.yyyy HH:mm');
    expect(detectTimestampFormat(['01/16/2017 13:29:00'], 'UTC', 'time').parser.description).toBe('MM/dd/yyyy HH:mm:ss');
  });

  it('warns when day and month could be swapped', () => {
    const detected = detectTimestampFormat(['01/02/2017 13:29:00'], 'UTC', 'time');
    expect(detected.parser.description).toBe('dd/MM/yyyy HH:mm:ss');
    expect(detected.warning).toMatch(/MM\/dd\/yyyy/);
  });

  it('accepts a mostly readable column and says how much did not read', () => {
    const detected = detectTimestampFormat(['2024-01-01T10:00:00Z', '2024-01-02T10:00:00Z', 'yesterday'], 'UTC', 'time');
    expect(detected.parser.description).toBe('ISO 8601');
    expect(detected.warning).toMatch(/only 2 of 3/);
  });

  it('fails with examples and the option to use when nothing fits', () => {
    expect(() => detectTimestampFormat(['soon', 'later'], 'UTC', 'time')).toThrow(/--timestamp-format/);
  });
});
