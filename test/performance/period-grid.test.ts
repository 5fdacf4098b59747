import { describe, expect, it } from 'vitest';
import { defaultPeriodUnit, periodGrid } from '../../src/performance/period-grid.js';

const at = (iso: string): number => Date.parse(iso);

describe('periodGrid', () => {
  it('cuts local days at local midnight, 23 hours long on the spring-forward day', () => {
    const grid = periodGrid(at('2024-03-30T12:00:00Z'), at('2024-04-01T12:00:00Z'), 'day', 'Europe/Amsterdam');
    expect([...grid.starts].map((t) => new Date(t).toISOString())).toEqual([
      '2024-03-29T23:00:00.000Z',
      '2024-03-30T23:00:00.000Z',
      '2024-03-31T22:00:00.000Z',
      '2024-04-01T22:00:00.000Z',
    ]);
    expect(grid.count).toBe(3);
    expect(grid.indexOf(at('2024-03-31T21:59:59Z'))).toBe(1);
    expect(grid.indexOf(at('2024-03-31T22:00:00Z'))).toBe(2);
    expect(grid.indexOf(at('2030-01-01T00:00:00Z'))).toBe(2); // clamped
  });
  it('starts weeks on the day asked for: Saturday for the Iranian week, in Tehran time', () => {
    const grid = periodGrid(at('2024-03-20T12:00:00Z'), at('2024-04-02T12:00:00Z'), 'week', 'Asia/Tehran', 6);
    // Saturday 2024-03-16 00:00 +03:30 is 2024-03-15T20:30Z.
    expect(new Date(grid.starts[0] as number).toISOString()).toBe('2024-03-15T20:30:00.000Z');
    expect(grid.count).toBe(3);
    expect(grid.indexOf(at('2024-03-22T20:29:59Z'))).toBe(0);
    expect(grid.indexOf(at('2024-03-22T20:30:00Z'))).toBe(1);
  });
  it('chooses days up to 120 days of log, weeks beyond', () => {
    expect(defaultPeriodUnit(0, 120 * 86_400_000)).toBe('day');
    expect(defaultPeriodUnit(0, 121 * 86_400_000)).toBe('week');
  });
});
