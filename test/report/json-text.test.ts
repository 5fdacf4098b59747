import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLog } from '../../src/io/read-log.js';
import { analyzeBottlenecks } from '../../src/performance/analyze-bottlenecks.js';
import { parseDuration } from '../../src/performance/duration.js';
import { parseWorkHours } from '../../src/performance/parse-work-hours.js';
import { buildReport } from '../../src/report/build-report.js';
import { JsonFragment, jsonText, writeJson } from '../../src/report/json-text.js';
import { BOTTLENECK_JSON, renderBottlenecksJson } from '../../src/report/render-bottlenecks.js';
import { randomLog } from '../helpers/random-log.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

describe('writeJson', () => {
  it('writes what JSON.stringify(value, null, 2) writes, for any JSON-like value', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withObjectString: true, withDate: true }), (value) => {
        let expected: string | undefined;
        try {
          expected = JSON.stringify(value, null, 2);
        } catch {
          return; // what JSON cannot write (a BigInt) is no concern here
        }
        expect(jsonText(value)).toBe(expected ?? '');
      }),
      { seed: 3, numRuns: 1000 },
    );
  });

  it('keeps toJSON, undefined and functions as JSON does, and writes fragments at their indentation', () => {
    const value = { a: undefined, b: () => 1, c: [undefined, () => 1, new Date(0)], d: { toJSON: (key: string) => `key ${key}` }, e: { f: [1, 2] } };
    expect(jsonText(value)).toBe(JSON.stringify(value, null, 2));
    const fragment = new JsonFragment((indent) => `[\n${indent}  7\n${indent}]`);
    const withFragments = { top: fragment, nested: { list: [fragment, { deep: fragment }] } };
    const laidOut = { top: [7], nested: { list: [[7], { deep: [7] }] } };
    expect(jsonText(withFragments)).toBe(JSON.stringify(laidOut, null, 2));
    expect(jsonText(fragment)).toBe('[\n  7\n]');
    // `expand` swaps objects before their properties are read.
    const expand = (object: object): object | undefined => ('secret' in object ? { shown: 1 } : undefined);
    expect(jsonText([{ secret: 1 }, { open: 2 }], { expand })).toBe(JSON.stringify([{ shown: 1 }, { open: 2 }], null, 2));
  });

  it('writes long arrays (and what holds them) element by element with the same text', () => {
    const anything = fc.anything({ withBoxedValues: true, withSparseArray: true, withDate: true, maxDepth: 2 });
    const long = fc.array(anything, { minLength: 256, maxLength: 700 });
    fc.assert(
      fc.property(long, anything, fc.array(long, { maxLength: 2 }), (list, other, nested) => {
        const value = { list, other, nested: { deeper: nested, tail: [list, 1] } };
        let expected: string | undefined;
        try {
          expected = JSON.stringify(value, null, 2);
        } catch {
          return;
        }
        expect(jsonText(value)).toBe(expected);
        expect(jsonText(list)).toBe(JSON.stringify(list, null, 2));
      }),
      { seed: 8, numRuns: 40 },
    );
    // toJSON gets the element's index or the member's key, and what it leaves out stays out.
    const keyed = { toJSON: (key: string) => `at ${key}` };
    const gone = { toJSON: () => undefined };
    const value = { list: Array.from({ length: 300 }, (_, i) => (i % 7 === 0 ? keyed : i % 11 === 0 ? gone : i % 13 === 0 ? undefined : { i })), gone, keyed, f: () => 1 };
    expect(jsonText(value)).toBe(JSON.stringify(value, null, 2));
    const fragment = new JsonFragment((indent) => `[\n${indent}  7\n${indent}]`);
    const withFragments = { rows: Array.from({ length: 600 }, (_, i) => ({ i, series: fragment, more: i % 100 === 0 ? [fragment] : [] })) };
    const laidOut = { rows: withFragments.rows.map((row) => ({ ...row, series: [7], more: row.more.map(() => [7]) })) };
    expect(jsonText(withFragments)).toBe(JSON.stringify(laidOut, null, 2));
  });

  it('hands a long text to the sink in chunks that join to it', () => {
    const value = Array.from({ length: 100_000 }, (_, i) => ({ i, name: `row ${i}` }));
    const chunks: string[] = [];
    writeJson(value, (chunk) => chunks.push(chunk));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(JSON.stringify(value, null, 2));
    // Chunks are encoded one by one: none may end inside a surrogate pair.
    const emoji = { text: '😀'.repeat(1_500_000) };
    const pieces: string[] = [];
    writeJson(emoji, (chunk) => pieces.push(chunk));
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.every((piece) => !/[\uD800-\uDBFF]$/.test(piece) && !/^[\uDC00-\uDFFF]/.test(piece))).toBe(true);
    expect(pieces.join('')).toBe(JSON.stringify(emoji, null, 2));
  });
});

/** `JSON.stringify(…, null, 2)` text with every `"series"` array of numbers written on one line, as BOTTLENECK_JSON does. */
function seriesOnOneLine(text: string): string {
  return text.replace(/"series": \[([\d\s,]*)\]/g, (_, numbers: string) => `"series": [${numbers.replace(/\s+/g, '')}]`);
}

describe('bottleneck JSON from the compact in-hand series', () => {
  it('equals JSON.stringify of the report with every series laid out (on one line), on random logs and the permit fixture', async () => {
    const { log: permits } = await readLog([join(REPO_ROOT, 'fixtures', 'permits-en.csv')]);
    const calendar = { week: parseWorkHours('office'), holidays: [], timezone: 'UTC' };
    const cases = [
      analyzeBottlenecks(permits, { calendar, sla: parseDuration('10wd') }),
      analyzeBottlenecks(randomLog(5, { cases: 300, users: 2000, startTimes: true }), { period: 'day' }),
      analyzeBottlenecks(randomLog(6, { cases: 200, users: 7 }), { period: 'week' }),
    ];
    for (const report of cases) {
      const rendered = renderBottlenecksJson(report); // before any series is read: written from the compact form
      const materialised = seriesOnOneLine(`${JSON.stringify({ tool: 'redtape', command: 'bottlenecks', ...report }, null, 2)}\n`);
      expect(report.resources.length).toBeGreaterThan(0);
      expect(rendered).toBe(materialised);
      expect(renderBottlenecksJson(report)).toBe(materialised); // and after, from the laid-out arrays' owners
    }
  });

  it('writes the report model (`redtape report --format json`) as JSON.stringify does', async () => {
    const { log } = await readLog([join(REPO_ROOT, 'fixtures', 'permits-en.csv')]);
    const diagnostics = { rowsRead: 0, rejected: [], warnings: [], labelMerges: [], outOfOrder: 0 };
    const { model } = buildReport(log, diagnostics, { generatedAt: '2024-01-01T00:00:00Z', now: 0, metric: 'median', bottlenecks: {} });
    const text = jsonText(model, BOTTLENECK_JSON);
    expect(text).toBe(seriesOnOneLine(JSON.stringify(model, null, 2)));
    expect(text).toMatch(/"series": \[\d+(,\d+)*\]/);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(model)));
  });
});
