import { describe, expect, it } from 'vitest';
import { markdownCell } from '../../src/report/markdown-cell.js';
import { formatCount, formatShare } from '../../src/report/number-format.js';

/** Splits a GFM table row into cells the way GitHub does: at pipes not escaped by a backslash. */
function gfmCells(row: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < row.length; i++) {
    const char = row[i] as string;
    if (char === '\\' && i + 1 < row.length) {
      current += char + (row[++i] as string);
    } else if (char === '|') {
      cells.push(current);
      current = '';
    } else current += char;
  }
  return [...cells, current].slice(1, -1).map((cell) => cell.trim());
}

describe('markdownCell', () => {
  it('keeps a hostile label inside its cell: pipes, backslashes before pipes, HTML, line breaks', () => {
    for (const label of ["=cmd|' /C calc'!A0", 'a\\|b', 'ends with \\', '<script>alert(1)</script>', 'two\nlines|x', 'تایید | رد']) {
      const row = `| ${markdownCell(label)} | 7 |`;
      expect(gfmCells(row), label).toHaveLength(2);
      expect(row).not.toContain('\n');
      expect(row).not.toMatch(/(^|[^\\])</);
    }
  });

  it('escapes each syntax character once and leaves other text alone', () => {
    expect(markdownCell('a|b')).toBe('a\\|b');
    expect(markdownCell('a\\b')).toBe('a\\\\b');
    expect(markdownCell('*_`[x]<y>')).toBe('\\*\\_\\`\\[x\\]\\<y\\>');
    expect(markdownCell('ثبت درخواست (A) 1,200')).toBe('ثبت درخواست (A) 1,200');
    expect(markdownCell(42)).toBe('42');
  });
});

describe('number formats', () => {
  it('writes counts with separators and shares with one decimal', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatShare(0.12345)).toBe('12.3%');
    expect(formatShare(1)).toBe('100.0%');
  });
});
