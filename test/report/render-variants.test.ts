import { describe, expect, it } from 'vitest';
import { variantRows, variantsOf } from '../../src/discovery/variants.js';
import { logFromTraces } from '../../src/log/log-from-rows.js';
import { renderVariantsCsv, renderVariantsJson, renderVariantsMarkdown, renderVariantsText } from '../../src/report/render-variants.js';

const log = logFromTraces([
  [['=SUM(A1)', 0], ['b|c', 120_000]],
  [['=SUM(A1)', 0], ['b|c', 60_000]],
  [['=SUM(A1)', 0]],
]);
const rows = variantRows(log, variantsOf(log));
const summary = { cases: 3, variants: 2 };

describe('variants renderers', () => {
  it('JSON has the contracted shape', () => {
    expect(JSON.parse(renderVariantsJson(rows, summary)).variants).toEqual([
      { activities: ['=SUM(A1)', 'b|c'], count: 2, share: 2 / 3, cumulativeShare: 2 / 3, medianThroughput: 90 },
      { activities: ['=SUM(A1)'], count: 1, share: 1 / 3, cumulativeShare: 1, medianThroughput: 0 },
    ]);
  });

  it('CSV neutralizes formula cells', () => {
    const lines = renderVariantsCsv(rows).split('\n');
    expect(lines[0]).toBe('rank,count,share,cumulative_share,median_throughput_s,length,activities');
    expect(lines[1]).toBe(`1,2,${2 / 3},${2 / 3},90,2,'=SUM(A1) → b|c`);
  });

  it('Markdown escapes pipes in labels', () => {
    expect(renderVariantsMarkdown(rows, summary)).toContain('| 1 | 2 | 66.7% | 66.7% | 1m 30s | =SUM(A1) → b\\|c |');
  });

  it('text lists each variant with its sequence', () => {
    const text = renderVariantsText(rows, summary);
    expect(text).toContain('Variants: 2 over 3 cases (2 shown)');
    expect(text).toContain('   1. 2 cases   66.7%  cum  66.7%  median 1m 30s  (2 steps)\n      =SUM(A1) → b|c');
  });
});
