import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaErrors } from '../helpers/json-schema.js';
import { runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';

const files = tempFolder();
// Times without an offset, read in Asia/Tehran (+03:30) by --timezone: 08:00 local is 04:30Z.
const LOG = [
  'case,activity,timestamp,user',
  '1,Submit,2024-03-16 08:00,ana', // Saturday
  '1,Review,2024-03-16 10:00,bo',
  '1,Sign,2024-03-23 09:00,cy', // next Saturday; Nowruz holidays in between
  '2,Submit,2024-03-17 08:00,ana',
  '2,Review,2024-03-17 12:00,bo',
  '2,Sign,2024-03-17 13:00,cy',
].join('\n');
const HOLIDAYS = '# Nowruz\n۱۴۰۳/۰۱/۰۱ نوروز\n1403/01/02\n1403/01/03\n1403/01/04\n';

describe('redtape bottlenecks', () => {
  const log = files.write('log.csv', `${LOG}\n`);
  const holidays = files.write('holidays.txt', HOLIDAYS);

  it('prints JSON with the contracted keys, in seconds', () => {
    const result = runCli(['bottlenecks', log, '--format', 'json', '--timezone', 'Asia/Tehran']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(schemaErrors('bottlenecks', report)).toEqual([]);
    for (const key of ['calendar', 'activities', 'edges', 'resources', 'cases', 'wip']) expect(report).toHaveProperty(key);
    expect(report.calendar).toMatchObject({ workingTime: false, workHours: 'sun-sat 00:00-24:00', timezone: 'Asia/Tehran', dayLengthSeconds: 86_400 });
    expect(Object.keys(report.activities[0])).toEqual(expect.arrayContaining(['name', 'count', 'waiting', 'service', 'shareOfWaiting']));
    expect(Object.keys(report.activities[0].waiting).sort()).toEqual(['count', 'max', 'mean', 'median', 'p90', 'p95', 'total']);
    expect(report.activities[0]).toMatchObject({ name: 'Sign', count: 2, service: null });
    expect(report.activities[0].waiting.total).toBe((7 * 24 - 1) * 3600 + 3600);
    expect(report.edges).toContainEqual(expect.objectContaining({ from: 'Submit', to: 'Review', count: 2, waiting: expect.objectContaining({ mean: 3 * 3600 }) }));
    expect(report.cases.count).toBe(2);
  });

  it('measures in the Iranian government week with Jalali holidays', () => {
    const result = runCli(['bottlenecks', log, '-f', 'json', '--timezone', 'Asia/Tehran', '--work-hours', 'iran-gov', '--holidays', holidays, '--sla', '2wd']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(schemaErrors('bottlenecks', report)).toEqual([]);
    expect(report.unit).toBe('working seconds');
    expect(report.calendar).toMatchObject({ workingTime: true, name: 'iran-gov', holidays: [{ date: '2024-03-20', label: 'نوروز', written: '1403/01/01' }, { date: '2024-03-21' }, { date: '2024-03-22' }, { date: '2024-03-23' }] });
    // Case 1, Review 10:00 Sat 16 → Sign 09:00 Sat 23: Sat 4.5 h, Sun 7, Mon 7, Tue 7, Wed–Sat holidays (Fri off) = 25.5 h.
    const sign = report.activities.find((row: { name: string }) => row.name === 'Sign');
    expect(sign.waiting.max).toBe(25.5 * 3600);
    // 2 working days of 6.75 h = 13.5 h: case 1 (2 h + 25.5 h) is over, case 2 (5 h) is not.
    expect(report.sla).toMatchObject({ limit: '2wd', limitUnit: 'working seconds', limitSeconds: 13.5 * 3600, casesOver: 1, cases: ['1'] });
  });

  it('renders a ranked text table, Markdown and CSV, and writes -o atomically', () => {
    const text = runCli(['bottlenecks', log, '--timezone', 'Asia/Tehran', '--work-hours', 'sat-wed 07:30-14:30, thu 07:30-13:00']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Steps ranked by the waiting they add/);
    expect(text.stdout).toMatch(/1d = 6h 45m of work/);
    expect(text.stdout.split('\n').find((line) => /^\s+1\s+Sign/.test(line))).toBeDefined();
    const out = join(files.dir, 'out', 'report.md');
    expect(runCli(['bottlenecks', log, '-o', out, '-q']).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Bottlenecks/);
    const csv = runCli(['bottlenecks', log, '--format', 'csv']).stdout.split('\n');
    expect(csv[0]).toMatch(/^kind,name,from,to,events,waiting_count,waiting_mean/);
    expect(csv[1]).toMatch(/^activity,Sign,,,2,2,/);
  });

  it('exits 2 with one line on bad options', () => {
    for (const args of [['--work-hours', 'someday 9-5'], ['--sla', 'soon'], ['--holidays', join(files.dir, 'missing.txt')], ['--format', 'pdf']]) {
      const result = runCli(['bottlenecks', log, ...args]);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).not.toMatch(/at .*\.js/);
    }
  });
});
