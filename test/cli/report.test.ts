import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaErrors } from '../helpers/json-schema.js';
import { runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';

const files = tempFolder();
const STAMP = ['--generated-at', '2026-01-01T00:00:00Z', '-q'];

describe('redtape report', () => {
  it('writes JSON that validates against schema/report.schema.json', () => {
    const result = runCli(['report', 'fixtures/permits-en.csv', '--format', 'json', ...STAMP]);
    expect(result.code).toBe(0);
    const model = JSON.parse(result.stdout);
    expect(schemaErrors('report', model)).toEqual([]);
    expect(model).toMatchObject({ tool: 'redtape', schemaVersion: 1, generatedAt: '2026-01-01T00:00:00.000Z' });
    expect(model.log.events).toBe(3323);
    expect(model.variants.rows[0].count).toBeGreaterThan(0);
    expect(model.bottlenecks.activities[0].name).toBe('District manager signature');
  });

  it('writes every format into a folder, byte-identical on a rerun', () => {
    const first = join(files.dir, 'one/');
    const second = join(files.dir, 'two/');
    expect(runCli(['report', 'fixtures/permits-en.csv', '-o', first, ...STAMP]).code).toBe(0);
    expect(runCli(['report', 'fixtures/permits-en.csv', '-o', second, ...STAMP]).code).toBe(0);
    for (const name of ['report.html', 'report.md', 'report.json']) {
      expect(readFileSync(join(first, name), 'utf8'), name).toBe(readFileSync(join(second, name), 'utf8'));
    }
    const markdown = readFileSync(join(first, 'report.md'), 'utf8');
    expect(markdown).toMatch(/```mermaid\nflowchart/);
    const html = readFileSync(join(first, 'report.html'), 'utf8');
    expect(html.length).toBeLessThan(5_000_000);
    expect(html).not.toMatch(/<(link|img|iframe)\b|src=["']?https?:|@import|url\(/i);
  });

  it('escapes hostile labels: no markup from the log survives in the HTML', () => {
    const html = runCli(['report', 'fixtures/hostile.csv', '--format', 'html', ...STAMP]).stdout;
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).not.toMatch(/<img\b/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('speaks Persian with --lang fa: right to left, Persian digits, Jalali dates', () => {
    const html = runCli(['report', 'fixtures/permits-fa.csv', '--timezone', 'Asia/Tehran', '--lang', 'fa', '--format', 'html', ...STAMP]).stdout;
    expect(html).toMatch(/<html lang="fa" dir="rtl">/);
    expect(html).toContain('گزارش فرایند تأیید');
    expect(html).toMatch(/۱۴۰۳\/۰۲\/۰۱/);
  });

  it('refuses an unknown format with exit 2', () => {
    const result = runCli(['report', 'fixtures/permits-en.csv', '-o', join(files.dir, 'report.pdf'), ...STAMP]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unsupported format "pdf"/);
  });
});
