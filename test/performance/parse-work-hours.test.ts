import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseHolidays } from '../../src/performance/parse-holidays.js';
import { parseWorkHours } from '../../src/performance/parse-work-hours.js';

describe('parseWorkHours', () => {
  it('reads day ranges that wrap over the week and several groups', () => {
    const week = parseWorkHours('Sat-Wed 08:00-14:00, thu 8-12');
    expect(week.text).toBe('sat-wed 08:00-14:00, thu 08:00-12:00');
    expect(week.spans.filter((span) => span.day === 0)).toEqual([{ day: 0, start: 480, end: 840 }]);
    expect(week.spans.some((span) => span.day === 5)).toBe(false);
    expect(week.name).toBe('custom');
  });
  it('reads several spans a day, day lists, and merges overlaps', () => {
    const week = parseWorkHours('mon/wed 09:00-12:00 13:00-17:00, 11:00-12:30');
    expect(week.text).toBe('mon 09:00-12:30 13:00-17:00, wed 09:00-12:30 13:00-17:00');
  });
  it('splits a night span at midnight', () => {
    expect(parseWorkHours('fri 22:00-06:00').spans).toEqual([{ day: 5, start: 1320, end: 1440 }, { day: 6, start: 0, end: 360 }]);
  });
  it('knows the presets', () => {
    expect(parseWorkHours('office').text).toBe('mon-fri 09:00-17:00');
    expect(parseWorkHours('iran-gov')).toMatchObject({ name: 'iran-gov', text: 'sat-wed 07:30-14:30, thu 07:30-13:00' });
    expect(parseWorkHours('24x7').text).toBe('sun-sat 00:00-24:00');
  });
  it('refuses what it cannot read, naming the problem', () => {
    expect(() => parseWorkHours('funday 09:00-17:00')).toThrow(/"funday" is not a day/);
    expect(() => parseWorkHours('mon-tue')).toThrow(/days without hours/);
    expect(() => parseWorkHours('09:00-17:00')).toThrow(/before any day/);
    expect(() => parseWorkHours('mon 25:00-26:00')).toThrow(UserError);
    expect(() => parseWorkHours('mon 09:00-09:00')).toThrow(/empty/);
  });
});

describe('parseHolidays', () => {
  it('reads ISO and Jalali dates (Latin, Persian and Arabic-Indic digits) with labels and comments', () => {
    const text = '# holidays\n2024-03-20 Nowruz\n۱۴۰۳/۰۱/۱۳ سیزده‌بدر\n١٤٠٣/٠١/٠٢\n\n2024-03-20 duplicate\n';
    expect(parseHolidays(text)).toEqual([
      { date: '2024-03-20', label: 'Nowruz' },
      { date: '2024-03-21', written: '1403/01/02' },
      { date: '2024-04-01', label: 'سیزده‌بدر', written: '1403/01/13' },
    ]);
  });
  it('refuses a bad line with file and line number', () => {
    expect(() => parseHolidays('2024-03-20\n2024-02-30\n', 'h.txt')).toThrow(UserError);
    try {
      parseHolidays('2024-03-20\nnot a date\n', 'h.txt');
    } catch (error) {
      expect((error as UserError).toString()).toMatch(/^h\.txt:2:1: holiday "not"/);
    }
  });
});
