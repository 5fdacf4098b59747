import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { readLog } from '../../../src/io/read-log.js';
import type { EventLog } from '../../../src/log/event-log.js';
import { tempFolder } from '../../helpers/temp-files.js';

const files = tempFolder();

function names(log: EventLog, caseIndex: number): string[] {
  const out: string[] = [];
  for (let e = log.caseStart[caseIndex] as number; e < (log.caseStart[caseIndex + 1] as number); e++) out.push(log.activities.nameOf(log.activity[e] as number));
  return out;
}

const SIMPLE = 'case,activity,timestamp,user,decision\n1,Submit,2024-01-01T08:00:00Z,ana,\n1,Approve,2024-01-02T08:00:00Z,bo,approved\n2,Submit,2024-01-01T09:00:00Z,ana,\n';

describe('readLog on CSV', () => {
  it('maps columns from English header names and reads every row', async () => {
    const { log, diagnostics } = await readLog([files.write('simple.csv', SIMPLE)]);
    expect(log.caseIds).toEqual(['1', '2']);
    expect(names(log, 0)).toEqual(['Submit', 'Approve']);
    expect(log.source.mapping).toEqual({ case: 'case', activity: 'activity', timestamp: 'timestamp', resource: 'user', decision: 'decision' });
    expect(log.source.timestampFormat).toBe('ISO 8601');
    expect(log.decisions.names).toEqual(['approved']);
    expect(log.resources.nameOf(log.resource[1] as number)).toBe('bo');
    expect(diagnostics.rowsRead).toBe(3);
    expect(diagnostics.rejected).toEqual([]);
  });

  it('reads a case id the same whether spaced, quoted or padded with non-ASCII white space', async () => {
    const rows = ['P-1', ' P-1', 'P-1\t', '"P-1"', '"P-1 "', '\u00a0P-1', 'P-1\u3000', 'پرونده ۲', ' پرونده ۲ ', '"پرونده ۲"'];
    const content = `case,activity,timestamp\n${rows.map((id, i) => `${id},Step ${i},2024-01-01T08:${String(i).padStart(2, '0')}:00Z`).join('\n')}\n`;
    const { log } = await readLog([files.write('spaced-ids.csv', content)]);
    expect(log.caseIds).toEqual(['P-1', 'پرونده ۲']);
    expect(Array.from(log.caseStart)).toEqual([0, 7, 10]);
  });

  it.each([
    ['semicolon', ';'],
    ['tab', '\t'],
    ['pipe', '|'],
  ])('detects a %s delimiter', async (_name, delimiter) => {
    const { log } = await readLog([files.write(`delim-${_name}.csv`, SIMPLE.replaceAll(',', delimiter))]);
    expect(log.activity.length).toBe(3);
    expect(log.source.mapping.resource).toBe('user');
  });

  it('handles quotes, escaped quotes, line breaks inside quotes, a BOM and CRLF', async () => {
    const content = '\uFEFFcase,activity,timestamp,note\r\n"1","Review ""A""",2024-01-01T08:00:00Z,"two\r\nlines"\r\n1,"Sign, then file",2024-01-01T09:00:00Z,x\r\n';
    const { log, diagnostics } = await readLog([files.write('quotes.csv', content)]);
    expect(names(log, 0)).toEqual(['Review "A"', 'Sign, then file']);
    const note = log.eventAttributes.find((column) => column.name === 'note');
    expect(note?.values.nameOf(note.ids[0] as number)).toBe('two\r\nlines');
    expect(diagnostics.rowsRead).toBe(2);
  });

  it('reads gzip by its magic bytes, UTF-16 by its BOM, and windows-1256 when told', async () => {
    const gz = await readLog([files.write('simple.csv.gz', gzipSync(SIMPLE))]);
    expect(gz.log.activity.length).toBe(3);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SIMPLE, 'utf16le')]);
    expect((await readLog([files.write('utf16.csv', utf16)])).log.activity.length).toBe(3);
    // "پرونده,فعالیت,تاریخ\n1,ثبت,2024-01-01T08:00:00Z\n" in windows-1256
    const header = Buffer.from([0x81, 0xd1, 0xe6, 0xe4, 0xcf, 0xe5, 0x2c, 0xdd, 0xda, 0xc7, 0xe1, 0xed, 0xca, 0x2c, 0xca, 0xc7, 0xd1, 0xed, 0xce, 0x0a]);
    const row = Buffer.concat([Buffer.from('1,'), Buffer.from([0xcb, 0xc8, 0xca]), Buffer.from(',2024-01-01T08:00:00Z\n')]);
    const legacy = files.write('legacy.csv', Buffer.concat([header, row]));
    await expect(readLog([legacy])).rejects.toThrow(/--encoding/);
    const decoded = await readLog([legacy], { encoding: 'windows-1256' });
    expect(decoded.log.activities.names).toEqual(['ثبت']);
    // windows-1256 has only the Arabic yeh: the header is matched to the Persian synonyms anyway.
    expect(decoded.log.source.mapping).toEqual({ case: 'پرونده', activity: 'فعاليت', timestamp: 'تاريخ' });
  });

  it('reports invalid UTF-8 with its line and column', async () => {
    const bad = Buffer.concat([Buffer.from('case,activity,timestamp\n1,ok,2024-01-01T08:00:00Z\n1,b'), Buffer.from([0xe9]), Buffer.from('d,2024-01-01T09:00:00Z\n')]);
    const error = await readLog([files.write('bad-utf8.csv', bad)]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).location).toMatchObject({ line: 3, column: 4 });
  });

  it('names the header and the flag when a required column is missing', async () => {
    const path = files.write('nocase.csv', 'id,step,time\n1,a,2024-01-01T08:00:00Z\n');
    await expect(readLog([path])).rejects.toThrow(/cannot find the case column; the header has "id", "step", "time": name it with --case/);
    const { log } = await readLog([path], { columns: { case: 'id' } });
    expect(log.activity.length).toBe(1);
    await expect(readLog([path], { columns: { case: 'nope' } })).rejects.toThrow(/--case "nope": no such column/);
  });

  it('sets bad rows aside with line and reason, so accepted + rejected = rows read', async () => {
    const content = [
      'case,activity,timestamp',
      '1,a,2024-01-01T08:00:00Z',
      '1,b,2024-01-01T09:00:00Z,extra',
      ',c,2024-01-01T09:00:00Z',
      '2,,2024-01-01T09:00:00Z',
      '2,d,not a time',
      '"3","e\nwith break",2024-01-01T10:00:00Z',
      '3,f,',
      '',
    ].join('\n');
    const { log, diagnostics } = await readLog([files.write('bad-rows.csv', content)]);
    expect(diagnostics.rejected.map((row) => [row.line, row.reason])).toEqual([
      [3, 'wrong field count'],
      [4, 'empty case id'],
      [5, 'empty activity'],
      [6, 'unparsable timestamp'],
      [9, 'empty timestamp'],
    ]);
    expect(log.activity.length + diagnostics.rejected.length).toBe(diagnostics.rowsRead);
    expect(log.activities.names).toEqual(['a', 'e with break']);
    await expect(readLog([files.write('bad-strict.csv', content)], { strict: true })).rejects.toThrow(/wrong field count/);
  });

  it('reads several files as one log: a case spanning files is one case', async () => {
    const january = files.write('jan.csv', 'case,activity,timestamp\n7,Submit,2024-01-30T08:00:00Z\n');
    const february = files.write('feb.csv', 'case,activity,timestamp\n7,Approve,2024-02-01T08:00:00Z\n8,Submit,2024-02-02T08:00:00Z\n');
    const { log } = await readLog([february, january]);
    expect(log.caseIds).toEqual(['7', '8']);
    expect(names(log, 0)).toEqual(['Submit', 'Approve']);
  });

  it('reads a Persian export: Jalali dates, Persian digits, mixed spellings merged and reported', async () => {
    const content = [
      'شماره پرونده,مرحله,تاریخ,کاربر,نتیجه',
      '۱۰۱,ثبت درخواست,۱۴۰۳/۰۲/۱۵ ۱۰:۲۳,علی,',
      '۱۰۱,تاييد كارشناس,1403/02/16 08:00,مريم,تایید',
      '102,ثبت درخواست,1403/02/16 09:00,علی,',
      '102,تایید کارشناس,1403/02/17 09:00,مریم,رد',
      '',
    ].join('\n');
    const { log, diagnostics } = await readLog([files.write('fa.csv', content)], { timezone: 'Asia/Tehran' });
    expect(log.source.timestampFormat).toMatch(/^Jalali/);
    expect(log.activities.names).toEqual(['ثبت درخواست', 'تایید کارشناس']);
    expect(log.resources.names).toEqual(['علی', 'مریم']);
    expect(log.time[0]).toBe(Date.parse('2024-05-04T06:53:00Z'));
    expect(diagnostics.labelMerges.map((merge) => [merge.column, merge.canonical])).toEqual([
      ['activity', 'تایید کارشناس'],
      ['resource', 'مریم'],
    ]);
    expect(log.caseIds).toEqual(['۱۰۱', '102']);
  });

  it('keeps case: columns as case attributes and other columns as event attributes', async () => {
    const content = 'case:concept:name,concept:name,time:timestamp,case:channel,amount\nA,x,2024-01-01T08:00:00Z,Internet,5\nA,y,2024-01-01T09:00:00Z,Internet,7\n';
    const { log } = await readLog([files.write('attrs.csv', content)]);
    expect(log.caseAttributes.map((column) => column.name)).toEqual(['channel']);
    expect(log.eventAttributes.map((column) => column.name)).toEqual(['amount']);
  });
});
