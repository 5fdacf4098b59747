import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar, calendarTimeSpec, type CalendarSpec } from '../../src/performance/calendar.js';
import { parseHolidays } from '../../src/performance/parse-holidays.js';
import { parseWorkHours } from '../../src/performance/parse-work-hours.js';

const H = 3600;
const at = (iso: string): number => Date.parse(iso);
const spec = (hours: string, timezone = 'UTC', holidays = ''): CalendarSpec => ({ week: parseWorkHours(hours), holidays: parseHolidays(holidays), timezone });
/** A calendar over 2024 (plus history for Tehran). */
const calendar = (hours: string, timezone = 'UTC', holidays = '') => buildCalendar(spec(hours, timezone, holidays), at('2020-01-01T00:00:00Z'), at('2025-01-01T00:00:00Z'));

describe('working calendar: mon-fri 09:00-17:00 in UTC', () => {
  const office = calendar('office');
  const ws = (from: string, to: string): number => office.workingSeconds(at(from), at(to));

  it('counts a span inside one working day', () => {
    expect(ws('2024-03-04T10:00:00Z', '2024-03-04T12:30:00Z')).toBe(2.5 * H); // Monday
  });
  it('skips nights', () => {
    expect(ws('2024-03-05T16:00:00Z', '2024-03-06T10:00:00Z')).toBe(2 * H); // Tue 16:00 → Wed 10:00
  });
  it('skips weekends', () => {
    expect(ws('2024-03-08T16:00:00Z', '2024-03-11T10:00:00Z')).toBe(2 * H); // Fri → Mon
    expect(ws('2024-03-04T09:00:00Z', '2024-03-11T09:00:00Z')).toBe(40 * H); // one full week
  });
  it('gives zero for events outside working hours', () => {
    expect(ws('2024-03-09T12:00:00Z', '2024-03-10T18:00:00Z')).toBe(0); // Saturday → Sunday
    expect(ws('2024-03-04T06:00:00Z', '2024-03-04T08:59:00Z')).toBe(0); // before opening
    expect(ws('2024-03-04T06:00:00Z', '2024-03-04T10:00:00Z')).toBe(H); // counts from opening
    expect(ws('2024-03-04T16:00:00Z', '2024-03-04T23:00:00Z')).toBe(H); // stops at closing
  });
  it('gives zero for zero-length spans and a negative figure for reversed ones', () => {
    expect(ws('2024-03-04T10:00:00Z', '2024-03-04T10:00:00Z')).toBe(0);
    expect(ws('2024-03-11T10:00:00Z', '2024-03-08T16:00:00Z')).toBe(-2 * H);
  });
  it('has 8-hour working days', () => {
    expect(office.dayLength).toBe(8 * H);
    expect(office.calendarTime).toBe(false);
  });
});

describe('working calendar: holidays', () => {
  it('skips a holiday given as an ISO date', () => {
    const cal = calendar('mon-fri 09:00-17:00', 'UTC', '2024-03-06 Some holiday\n');
    expect(cal.workingSeconds(at('2024-03-05T16:00:00Z'), at('2024-03-07T10:00:00Z'))).toBe(2 * H);
  });
  it('skips Nowruz given as Jalali dates with Persian digits in the Iranian government week, in Tehran time', () => {
    const cal = calendar('iran-gov', 'Asia/Tehran', '۱۴۰۳/۰۱/۰۱ نوروز\n1403/01/02\n');
    // Tue 1402/12/29 (2024-03-19) 14:00 Tehran (10:30Z) → Sat 1403/01/04 (2024-03-23) 08:30 Tehran (05:00Z):
    // 30 min on Tuesday, Wed and Thu are holidays, Friday off, 1 h on Saturday.
    expect(cal.workingSeconds(at('2024-03-19T10:30:00Z'), at('2024-03-23T05:00:00Z'))).toBe(1.5 * H);
    expect(cal.dayLength).toBe((5 * 7 + 5.5) * H / 6);
  });
  it('makes 24x7 with holidays count everything but the holidays', () => {
    const cal = calendar('24x7', 'UTC', '2024-03-06');
    expect(cal.calendarTime).toBe(false);
    expect(cal.workingSeconds(at('2024-03-05T12:00:00Z'), at('2024-03-07T12:00:00Z'))).toBe(24 * H);
  });
});

describe('working calendar: daylight-saving changes', () => {
  it('Europe/Amsterdam: the spring-forward night is an hour shorter, the fall-back night an hour longer', () => {
    const cal = calendar('24x7', 'Europe/Amsterdam', '2024-06-01'); // a holiday forces the interval path
    expect(cal.workingSeconds(at('2024-03-30T11:00:00Z'), at('2024-04-01T10:00:00Z'))).toBe(47 * H);
    expect(cal.workingSeconds(at('2024-10-26T10:00:00Z'), at('2024-10-28T11:00:00Z'))).toBe(49 * H);
    const night = calendar('sun 01:00-04:00', 'Europe/Amsterdam');
    expect(night.workingSeconds(at('2024-03-30T00:00:00Z'), at('2024-04-01T00:00:00Z'))).toBe(2 * H); // 02:00-03:00 does not exist
    expect(night.workingSeconds(at('2024-10-26T00:00:00Z'), at('2024-10-28T00:00:00Z'))).toBe(4 * H); // 02:00-03:00 happens twice
  });
  it('America/New_York: office hours across the March change follow local time', () => {
    const cal = calendar('mon-fri 09:00-17:00', 'America/New_York');
    // Fri 2024-03-08 16:00 EST (21:00Z) → Mon 2024-03-11 10:00 EDT (14:00Z).
    expect(cal.workingSeconds(at('2024-03-08T21:00:00Z'), at('2024-03-11T14:00:00Z'))).toBe(2 * H);
    // Mon 09:00 EDT is 13:00Z: an instant at 13:30Z is half an hour into the day.
    expect(cal.workingSeconds(at('2024-03-11T12:00:00Z'), at('2024-03-11T13:30:00Z'))).toBe(0.5 * H);
  });
  it('Asia/Tehran: had daylight saving until 2022, none since', () => {
    const cal = calendar('24x7', 'Asia/Tehran', '2019-01-01');
    // 2021-03-22 00:00 → 01:00 local: the day of 1400/01/02 has 23 hours.
    expect(cal.workingSeconds(at('2021-03-21T08:30:00Z'), at('2021-03-22T07:30:00Z'))).toBe(23 * H);
    const gov = calendar('sat-wed 07:30-14:30', 'Asia/Tehran');
    // Wed 2023-03-22 07:30 Tehran is 04:00Z (no DST any more: +03:30 all year).
    expect(gov.workingSeconds(at('2023-03-22T04:00:00Z'), at('2023-03-22T11:00:00Z'))).toBe(7 * H);
    // Summer 2021 (+04:30): 07:30 is 03:00Z.
    expect(gov.workingSeconds(at('2021-07-07T03:00:00Z'), at('2021-07-07T10:00:00Z'))).toBe(7 * H);
  });
});

describe('working calendar: 24x7 default', () => {
  it('is elapsed time with 86,400-second days', () => {
    const cal = buildCalendar(calendarTimeSpec('Europe/Amsterdam'), 0, 1);
    expect(cal.calendarTime).toBe(true);
    expect(cal.dayLength).toBe(86_400);
    expect(cal.workingSeconds(at('2024-03-30T11:00:00Z'), at('2024-04-01T10:00:00Z'))).toBe(47 * H);
  });
});

describe('working calendar agrees with a minute-by-minute count', () => {
  const hours = 'sat-wed 08:00-14:00 15:30-17:00, thu 22:00-02:00';
  const cal = calendar(hours, 'Europe/Amsterdam', '2024-03-27\n2024-10-28');
  const spans = parseWorkHours(hours).spans;
  const formatter = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', hourCycle: 'h23', weekday: 'short', hour: 'numeric', minute: 'numeric', year: 'numeric', month: '2-digit', day: '2-digit' });
  const days: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };
  const working = (t: number): boolean => {
    const parts = Object.fromEntries(formatter.formatToParts(new Date(t)).map((part) => [part.type, part.value]));
    if (`${parts.year}-${parts.month}-${parts.day}` === '2024-03-27' || `${parts.year}-${parts.month}-${parts.day}` === '2024-10-28') return false;
    const minute = Number(parts.hour) * 60 + Number(parts.minute);
    return spans.some((span) => span.day === days[parts.weekday as string] && minute >= span.start && minute < span.end);
  };
  const STEP = 15 * 60_000;
  it('on random quarter-hour instants around both 2024 daylight-saving changes', () => {
    const base = [at('2024-03-20T00:00:00Z'), at('2024-10-20T00:00:00Z')];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 14 * 96 }), fc.integer({ min: 0, max: 4 * 96 }), (which, a, length) => {
        const from = (base[which] as number) + a * STEP;
        let expected = 0;
        for (let t = from; t < from + length * STEP; t += STEP) if (working(t)) expected += STEP / 1000;
        expect(cal.workingSeconds(from, from + length * STEP)).toBe(expected);
      }),
      { numRuns: 60, seed: 4 },
    );
  });
});
