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

function attribute(log: EventLog, name: string, event: number): string | undefined {
  const column = log.eventAttributes.find((c) => c.name === name);
  return column ? column.values.nameOf(column.ids[event] as number) : undefined;
}

function caseAttribute(log: EventLog, name: string, caseIndex: number): string | undefined {
  const column = log.caseAttributes.find((c) => c.name === name);
  return column ? column.values.nameOf(column.ids[caseIndex] as number) : undefined;
}

const XES = `<?xml version="1.0" encoding="UTF-8" ?>
<log xes.version="1.0" xmlns="http://www.xes-standard.org/">
  <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
  <global scope="event"><string key="concept:name" value="UNKNOWN"/></global>
  <classifier name="Activity" keys="concept:name"/>
  <trace>
    <string key="concept:name" value="case-1"/>
    <string key="amount" value="1200"/>
    <event>
      <string key="concept:name" value="Submit  request"/>
      <date key="time:timestamp" value="2024-03-01T10:00:00.000+01:00"/>
      <string key="org:resource" value="ana"/>
      <string key="org:role" value="EMPLOYEE"/>
      <string key="lifecycle:transition" value="complete"/>
      <string key="note" value="a &amp; b &lt;c&gt; &#x41;"/>
    </event>
    <event>
      <string key="concept:name" value="Approve"/>
      <date key="time:timestamp" value="2024-03-01T09:30:00Z"/>
      <string key="org:resource" value="bo"/>
      <string key="outcome" value="approved"/>
      <list key="tags"><values><string key="x" value="nested"/></values></list>
      <string key="parent" value="p"><string key="child" value="nested"/></string>
    </event>
  </trace>
  <trace>
    <event>
      <string key="concept:name" value="Submit request"/>
      <date key="time:timestamp" value="2024-03-02T08:00:00"/>
    </event>
    <string key="concept:name" value="case-2"/>
  </trace>
</log>
`;

describe('readLog on XES', () => {
  it('maps the standard keys, applies UTC offsets and keeps other attributes', async () => {
    const { log, diagnostics } = await readLog([files.write('basic.xes', XES)]);
    expect(log.caseIds).toEqual(['case-1', 'case-2']);
    // 10:00+01:00 is 09:00Z, before the approval at 09:30Z: sorted by true UTC time.
    expect(names(log, 0)).toEqual(['Submit request', 'Approve']);
    expect(Array.from(log.time)).toEqual([Date.UTC(2024, 2, 1, 9), Date.UTC(2024, 2, 1, 9, 30), Date.UTC(2024, 2, 2, 8)]);
    expect(log.resources.names).toEqual(['ana', 'bo']);
    expect(log.roles.nameOf(log.role[0] as number)).toBe('EMPLOYEE');
    expect(attribute(log, 'lifecycle:transition', 0)).toBe('complete');
    expect(attribute(log, 'note', 0)).toBe('a & b <c> A');
    expect(attribute(log, 'outcome', 1)).toBe('approved');
    expect(attribute(log, 'parent', 1)).toBe('p');
    expect(log.eventAttributes.map((c) => c.name)).not.toContain('child');
    expect(log.eventAttributes.map((c) => c.name)).not.toContain('x');
    expect(caseAttribute(log, 'amount', 0)).toBe('1200');
    expect(log.caseAttributes.map((c) => c.name)).toEqual(['amount']);
    expect(log.source.mapping).toEqual({ case: 'concept:name', activity: 'concept:name', timestamp: 'time:timestamp', resource: 'org:resource', role: 'org:role' });
    expect(diagnostics.rowsRead).toBe(3);
    expect(diagnostics.rejected).toEqual([]);
  });

  it('reads times without an offset in --timezone', async () => {
    const { log } = await readLog([files.write('zone.xes', XES)], { timezone: 'Asia/Tehran' });
    // Case 2's event has no offset: 08:00 in Tehran (+03:30) is 04:30Z. The others carry offsets and do not move.
    expect(log.time[2]).toBe(Date.UTC(2024, 2, 2, 4, 30));
    expect(log.time[0]).toBe(Date.UTC(2024, 2, 1, 9));
  });

  it('reads other spellings of a time that carry an offset, and the --timestamp-format given', async () => {
    const rfc = '<log><trace><string key="concept:name" value="1"/><event><string key="concept:name" value="A"/><string key="time:timestamp" value="Mon, 01 Jan 2024 10:00:00 +0100"/><string key="when" value="15.02.2024 08:30"/></event></trace></log>';
    expect((await readLog([files.write('rfc.xes', rfc)])).log.time[0]).toBe(Date.UTC(2024, 0, 1, 9));
    const custom = await readLog([files.write('custom.xes', rfc)], { columns: { timestamp: 'when' }, timestampFormat: 'dd.MM.yyyy HH:mm' });
    expect(custom.log.time[0]).toBe(Date.UTC(2024, 1, 15, 8, 30));
    expect(custom.log.source.timestampFormat).toBe('dd.MM.yyyy HH:mm');
  });

  it('uses the keys named in the column options (e.g. --decision outcome)', async () => {
    const { log } = await readLog([files.write('keys.xes', XES)], { columns: { decision: 'outcome', resource: 'org:role' } });
    expect(log.decisions.names).toEqual(['approved']);
    expect(log.decisions.nameOf(log.decision[1] as number)).toBe('approved');
    expect(log.resources.names).toEqual(['EMPLOYEE']);
    expect(attribute(log, 'org:resource', 0)).toBe('ana');
    expect(log.source.mapping.decision).toBe('outcome');
  });

  it('reads .xes.gz by its magic bytes', async () => {
    const { log } = await readLog([files.write('basic.xes.gz', gzipSync(XES))]);
    expect([log.caseIds.length, log.activity.length]).toEqual([2, 3]);
  });

  it('sets events without activity or readable time aside, with line and reason', async () => {
    const bad = `<log>
<trace><string key="concept:name" value="c1"/>
<event><date key="time:timestamp" value="2024-01-01T00:00:00Z"/></event>
<event><string key="concept:name" value="A"/><date key="time:timestamp" value="yesterday"/></event>
<event><string key="concept:name" value="B"/></event>
<event><string key="concept:name" value="C"/><date key="time:timestamp" value="2024-01-02T00:00:00Z"/></event>
</trace>
<trace><event><string key="concept:name" value="D"/><date key="time:timestamp" value="2024-01-02T00:00:00Z"/></event></trace>
<event><string key="concept:name" value="E"/><date key="time:timestamp" value="2024-01-02T00:00:00Z"/></event>
<trace><string key="concept:name" value="empty"/></trace>
</log>`;
    const { log, diagnostics } = await readLog([files.write('bad.xes', bad)]);
    expect(log.activity.length).toBe(1);
    expect(log.caseIds).toEqual(['c1']);
    expect(diagnostics.rowsRead).toBe(6);
    expect(diagnostics.rejected.map((row) => [row.line, row.reason])).toEqual([
      [3, 'empty activity'],
      [4, 'unparsable timestamp'],
      [5, 'empty timestamp'],
      [8, 'empty case id'],
      [9, 'event outside a trace'],
    ]);
    expect(diagnostics.rejected[1]?.text).toBe('<event><string key="concept:name" value="A"/><date key="time:timestamp" value="yesterday"/></event>');
    expect(diagnostics.warnings).toEqual([`${files.dir}/bad.xes: 1 trace(s) without events were skipped`]);
    await expect(readLog([files.write('bad2.xes', bad)], { strict: true })).rejects.toThrow(/empty activity/);
  });

  it('reads a declared legacy encoding and refuses bytes that are not valid UTF-8', async () => {
    const latin = Buffer.from(
      '<?xml version="1.0" encoding="ISO-8859-1"?><log><trace><string key="concept:name" value="1"/><event><string key="concept:name" value="Prüfung"/><date key="time:timestamp" value="2024-01-01T00:00:00Z"/></event></trace></log>',
      'latin1',
    );
    const { log } = await readLog([files.write('latin.xes', latin)]);
    expect(log.activities.names).toEqual(['Prüfung']);
    const mislabelled = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="UTF-8"?>'), latin.subarray(latin.indexOf('<log>'))]);
    await expect(readLog([files.write('mislabelled.xes', mislabelled)])).rejects.toThrow(/not valid utf-8.*--encoding/);
  });

  it('reads UTF-16 by its byte-order mark', async () => {
    const text = XES.replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const { log } = await readLog([files.write('utf16.xes', utf16)]);
    expect(log.caseIds).toEqual(['case-1', 'case-2']);
  });

  it('keeps multi-byte characters split across read chunks', async () => {
    const events = Array.from({ length: 30_000 }, (_, i) => `<event><string key="concept:name" value="بررسی ${i % 7}"/><date key="time:timestamp" value="2024-01-01T00:00:00Z"/></event>`);
    const { log } = await readLog([files.write('big.xes', `<log><trace><string key="concept:name" value="1"/>${events.join('\n')}</trace></log>`)]);
    expect(log.activity.length).toBe(30_000);
    expect(log.activities.size).toBe(7);
  });

  it.each([
    ['a file that is not XML', 'case,activity\n1,a\n', /not well-formed XML/],
    ['another XML document', '<html><body/></html>', /root element is <html>, expected <log>/],
    ['a truncated log', '<log><trace><string key="concept:name" value="1"/>', /not well-formed XML/],
    ['an empty file', '', /not well-formed XML|no <log> element/],
  ])('refuses %s with a UserError', async (_name, content, message) => {
    const error = await readLog([files.write(`not-${_name.replace(/\W/g, '')}.xes`, content)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(message);
  });
});
