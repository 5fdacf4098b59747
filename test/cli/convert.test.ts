import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../src/io/csv/write-csv.js';
import { readLog } from '../../src/io/read-log.js';
import { writeXes } from '../../src/io/xes/write-xes.js';
import type { EventLog } from '../../src/log/event-log.js';
import { logSnapshot } from '../helpers/log-snapshot.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';
import { SHARED, SHARED_PRESENT } from '../helpers/shared-data.js';
import { tempFolder } from '../helpers/temp-files.js';

const files = tempFolder();

const PERMITS = `case_id;step;done;started;user;unit;decision;fee
P-1;ثبت درخواست;2024-03-01 09:00:00;2024-03-01 08:55:00;کاربر ۱;دبیرخانه;;"1,200"
P-1;"Review ""A""";2024-03-01 10:30:15.250;;ana;legal;approved;
P-2;ثبت درخواست;2024-03-02 09:00:00;;bo;دبیرخانه;;"multi
line"
P-1;Sign;2024-03-01 10:30:15.250;2024-03-01 10:00:00;ana;legal;rejected;0
`;

function convert(args: string[]): void {
  const result = runCli(['convert', ...args]);
  expect(result.stderr).toMatch(/^redtape: wrote \d+ events in \d+ cases to /);
  expect(result.code).toBe(0);
}

describe('redtape convert', () => {
  it('CSV → XES → CSV keeps every case, event, time, resource, role, decision and attribute', async () => {
    const csv = files.write('permits.csv', PERMITS);
    const flags = ['--case', 'case_id', '--activity', 'step', '--timestamp', 'done', '--start-timestamp', 'started', '--resource', 'user', '--role', 'unit', '--timezone', 'Asia/Tehran'];
    convert([csv, join(files.dir, 'permits.xes'), ...flags]);
    convert([join(files.dir, 'permits.xes'), join(files.dir, 'permits-back.csv.gz')]);
    const original = await readLog([csv], { columns: { case: 'case_id', activity: 'step', timestamp: 'done', startTimestamp: 'started', resource: 'user', role: 'unit' }, timezone: 'Asia/Tehran' });
    const viaXes = await readLog([join(files.dir, 'permits.xes')]);
    const back = await readLog([join(files.dir, 'permits-back.csv.gz')]);
    expect(original.log.activity.length).toBe(4);
    expect(logSnapshot(viaXes.log)).toEqual(logSnapshot(original.log));
    expect(logSnapshot(back.log)).toEqual(logSnapshot(original.log));
    // 09:00 in Tehran (+03:30) is 05:30Z; the fraction survives to the millisecond.
    expect(logSnapshot(back.log)[0]?.events.map((event) => event.time)).toEqual(['2024-03-01T05:30:00.000Z', '2024-03-01T07:00:15.250Z', '2024-03-01T07:00:15.250Z']);
    expect(gunzipSync(readFileSync(join(files.dir, 'permits-back.csv.gz'))).toString('utf8').split('\n')[0]).toBe(
      'case,activity,timestamp,start_timestamp,resource,role,decision,fee',
    );
  });

  it.each(['permits-fa.csv', 'permits-en.csv', 'hostile.csv'])('CSV → XES → CSV keeps every accepted row of fixtures/%s', async (name) => {
    const source = join(REPO_ROOT, 'fixtures', name);
    const xes = join(files.dir, `${name}.xes`);
    const csv = join(files.dir, `${name}.back.csv`);
    const flags = ['--timezone', 'Asia/Tehran', '-q'];
    expect(runCli(['convert', source, xes, ...flags]).code).toBe(0);
    expect(runCli(['convert', xes, csv, ...flags]).code).toBe(0);
    const original = await readLog([source], { timezone: 'Asia/Tehran' });
    expect(original.log.activity.length).toBeGreaterThan(0);
    expect(logSnapshot((await readLog([xes])).log)).toEqual(logSnapshot(original.log));
    expect(logSnapshot((await readLog([csv])).log)).toEqual(logSnapshot(original.log));
  });

  it('writes standard output with --format, and leaves no temporary file behind', () => {
    const result = runCli(['convert', files.write('small.csv', PERMITS), '-', '--format', 'xes', '--activity', 'step', '--timestamp', 'done', '-q']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^<\?xml/);
    expect(result.stdout).toContain('<string key="concept:name" value="Review &quot;A&quot;"/>');
    expect(readdirSync(files.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    [['only-one.csv'], /needs one or more inputs and an output/],
    [['IN', 'out.json'], /cannot tell the output format from "out.json"/],
    [['IN', 'out.txt', '--format', 'pdf'], /unsupported format "pdf"/],
    [['IN', '-'], /needs --format/],
  ])('exits 2 with one line for convert %j', (args, message) => {
    const input = files.write('in.csv', PERMITS);
    const result = runCli(['convert', ...args.map((arg) => (arg === 'IN' ? input : arg))]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('does not touch the output when the input is bad', () => {
    const out = join(files.dir, 'never.xes');
    const result = runCli(['convert', files.write('hostile.xes', '<!DOCTYPE log [<!ENTITY a "b">]><log/>'), out]);
    expect(result.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

describe.skipIf(!SHARED_PRESENT)('redtape convert on the shared logs', () => {
  const receipt = join(SHARED, 'data', 'wabo-receipt');
  const receiptXes = join(receipt, 'Receipt_phase_of_an_environmental_permit_application_process_WABO_CoSeLoG_project.xes.gz');

  it('XES → CSV → XES keeps every event of the Receipt log', async () => {
    const csv = join(files.dir, 'receipt.csv');
    const xes = join(files.dir, 'receipt.xes.gz');
    convert([receiptXes, csv]);
    convert([csv, xes]);
    const original = logSnapshot((await readLog([receiptXes])).log);
    expect(logSnapshot((await readLog([csv])).log)).toEqual(original);
    expect(logSnapshot((await readLog([xes])).log)).toEqual(original);
  });

  it.each(['sepsis/Sepsis Cases - Event Log.xes.gz', 'bpic2020/DomesticDeclarations.xes.gz'])(
    'XES → CSV → XES keeps every event of %s (writers in process)',
    async (file) => {
      const original = (await readLog([join(SHARED, 'data', file)])).log;
      const csv = files.write('shared.csv', [...writeCsv(original)].join(''));
      const viaCsv = (await readLog([csv])).log;
      const xes = files.write('shared.xes', [...writeXes(viaCsv)].join(''));
      const expected = logSnapshot(original);
      expect(logSnapshot(viaCsv)).toEqual(expected);
      expect(logSnapshot((await readLog([xes])).log)).toEqual(expected);
    },
  );

  it('CSV → XES → CSV keeps every event of the running example', async () => {
    const source = join(SHARED, 'data', 'synthetic-textbook', 'running-example.csv');
    const xes = join(files.dir, 'running.xes');
    const csv = join(files.dir, 'running.csv');
    convert([source, xes]);
    convert([xes, csv]);
    const original = logSnapshot((await readLog([source])).log);
    expect(original.length).toBe(6);
    expect(logSnapshot((await readLog([xes])).log)).toEqual(original);
    expect(logSnapshot((await readLog([csv])).log)).toEqual(original);
  });

  it('the Receipt CSV gives the same cases and events as its XES', async () => {
    const fromCsv = (await readLog([join(receipt, 'receipt.csv')])).log;
    const fromXes = (await readLog([receiptXes], { columns: { role: 'org:group' } })).log;
    const events = (log: EventLog): unknown[] =>
      logSnapshot(log).map((c) => [c.id, c.events.map((e) => [e.activity, e.time, e.resource, e.role, e.attributes['concept:instance'], e.attributes['lifecycle:transition']])]);
    expect(fromCsv.caseIds.length).toBe(1434);
    expect(fromCsv.activity.length).toBe(8577);
    expect(events(fromCsv)).toEqual(events(fromXes));
  });
});
