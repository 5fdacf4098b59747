import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inputFor } from '../../src/io/open-input.js';
import { looksLikeXml, readLog } from '../../src/io/read-log.js';
import { runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';

const files = tempFolder();

/** A CSV of several MiB, with quoted fields (some with line breaks) cut across chunk boundaries. */
function bigCsv(rows: number): string {
  const lines = ['case,activity,timestamp,user,note'];
  for (let i = 0; i < rows; i++) {
    const note = i % 97 === 0 ? `"line one\nline ""two"" of row ${i}"` : `plain note ${i}`;
    lines.push(`C${i % 5003},Step ${i % 13},2024-01-01T00:00:${String(i % 60).padStart(2, '0')}Z,user${i % 41},${note}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('inputFor', () => {
  it('reads a plain file through one reused buffer exactly as the gzip stream path reads it', async () => {
    const text = bigCsv(60_000);
    expect(text.length).toBeGreaterThan(3 << 20); // several 1 MiB chunks
    const plain = files.write('big.csv', text);
    const gz = files.write('big.csv.gz', gzipSync(text));
    let bytes = 0;
    for await (const chunk of inputFor(plain, (read) => (bytes = read)).chunks()) expect(chunk.length).toBeLessThanOrEqual(1 << 20);
    expect(bytes).toBe(Buffer.byteLength(text));
    const [a, b] = await Promise.all([readLog([plain]), readLog([gz])]);
    expect(a.diagnostics.rowsRead).toBe(60_000);
    expect(a.log.activity.length).toBe(60_000);
    expect(Array.from(a.log.time)).toEqual(Array.from(b.log.time));
    expect(a.log.caseIds).toEqual(b.log.caseIds);
    const note = (result: typeof a, e: number): string => {
      const column = result.log.eventAttributes.find((attribute) => attribute.name === 'note');
      return column?.values.nameOf(column.ids[e] as number) ?? '';
    };
    for (const e of [0, 1, 777, 59_999]) expect(note(a, e)).toBe(note(b, e));
    expect(note(a, 0)).toBe('line one\nline "two" of row 0');
  });

  it('gives the head of a file without consuming it', async () => {
    const path = files.write('head.csv', 'a,b\n1,2\n');
    const input = inputFor(path);
    expect((await input.head()).toString()).toBe('a,b\n1,2\n');
    const chunks: Buffer[] = [];
    for await (const chunk of input.chunks()) chunks.push(Buffer.from(chunk));
    expect(Buffer.concat(chunks).toString()).toBe('a,b\n1,2\n');
    expect(readFileSync(path, 'utf8')).toBe('a,b\n1,2\n');
  });
});

const XES = `\uFEFF<?xml version="1.0" encoding="UTF-8"?>
<log><trace><string key="concept:name" value="K-1"/>
<event><string key="concept:name" value="Submit"/><date key="time:timestamp" value="2024-03-01T10:00:00Z"/></event>
<event><string key="concept:name" value="Approve"/><date key="time:timestamp" value="2024-03-02T10:00:00Z"/></event>
</trace></log>
`;

describe('choosing the reader by content', () => {
  it('recognizes XML after a byte-order mark and white space, in UTF-8 and UTF-16', () => {
    expect(looksLikeXml(Buffer.from(XES))).toBe(true);
    expect(looksLikeXml(Buffer.from('\n  <log/>'))).toBe(true);
    expect(looksLikeXml(Buffer.from('\uFEFF<log/>', 'utf16le'))).toBe(true);
    expect(looksLikeXml(Buffer.from('case,activity,timestamp\n'))).toBe(false);
    expect(looksLikeXml(Buffer.alloc(0))).toBe(false);
  });

  it('reads XES from standard input and from a file without a known extension', () => {
    for (const result of [runCli(['inspect', '-', '--format', 'json'], XES), runCli(['inspect', files.write('export.dat', XES), '--format', 'json'])]) {
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const report = JSON.parse(result.stdout) as { events: number; cases: number; mapping: Record<string, string> };
      expect([report.events, report.cases]).toEqual([2, 1]);
      expect(report.mapping.activity).toBe('concept:name');
    }
  });

  it('still reads CSV from standard input, gzip included', () => {
    const csv = 'case,activity,timestamp\n1,a,2024-01-01T00:00:00Z\n1,b,2024-01-02T00:00:00Z\n';
    for (const input of [csv, gzipSync(csv)]) {
      const result = runCli(['inspect', '-', '--format', 'json'], input);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout).events).toBe(2);
    }
  });
});
