// The byte scanner against two reference parsers on random CSV: d3-dsv writes and reads, csv-parse reads; all must
// agree on every field, whatever quotes, delimiters and line breaks the fields hold, and wherever chunks are cut.

import { parse } from 'csv-parse/sync';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvScanner, fieldText } from '../../../src/io/csv/csv-scanner.js';

function scan(text: string, chunkSize: number): string[][] {
  const rows: string[][] = [];
  const scanner = new CsvScanner(0x2c, (record) => rows.push(Array.from({ length: record.count }, (_, i) => fieldText(record, i))));
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; at += chunkSize) scanner.push(bytes.subarray(at, at + chunkSize));
  scanner.end();
  return rows;
}

const field = fc.string({ unit: fc.constantFrom('a', 'ب', ',', '"', '\n', ' ', 'x', '۱'), minLength: 1, maxLength: 8 });

describe('CsvScanner agrees with d3-dsv and csv-parse', () => {
  it('on random rows cut into random chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 64 }), (rows, chunk) => {
        const text = `${csvFormatRows(rows)}\n`;
        const ours = scan(text, chunk);
        expect(ours).toEqual(rows);
        expect(ours).toEqual(csvParseRows(text));
        expect(ours).toEqual(parse(text, { relax_column_count: true }));
      }),
      { seed: 20261128, numRuns: 300 },
    );
  });
});
