import { describe, expect, it } from 'vitest';
import { displayWidth, isNumeric, textTable } from '../../src/report/text-table.js';

describe('textTable', () => {
  it('pads columns to the widest cell, two spaces apart, indented, with no trailing spaces', () => {
    const lines = textTable([['Submit', 'x'], ['Approve', '']], { header: ['step', 'note'], align: ['left', 'left'] });
    expect(lines).toEqual(['  step     note', '  Submit   x', '  Approve']);
  });

  it('right-aligns columns asked for, and by default those whose cells are all numbers (placeholders allowed)', () => {
    const lines = textTable(
      [
        ['1,234', '12.5%', 'a', '7'],
        ['5', '—', 'bb', '2024'],
        ['…', '3%', 'c', 'x'],
      ],
      { header: ['n', 'share', 'name', 'mixed'] },
    );
    expect(lines).toEqual(['      n  share  name  mixed', '  1,234  12.5%  a     7', '      5      —  bb    2024', '      …     3%  c     x']);
    expect(textTable([['2024', 'a']], { align: ['left'] })).toEqual(['  2024  a']);
  });

  it('measures Persian text by what a terminal shows: the zero-width non-joiner takes no column', () => {
    const zwnj = 'نظر آتش\u200cنشانی';
    expect([...zwnj].length).toBe(13);
    expect(displayWidth(zwnj)).toBe(12);
    const lines = textTable([[zwnj, '173'], ['بررسی فنی', '5']], { align: ['left', 'right'], indent: '' });
    expect(lines).toEqual([`${zwnj}  173`, `بررسی فنی${' '.repeat(3)}    5`]);
  });

  it('counts wide characters as two columns and colour codes as none', () => {
    expect(displayWidth('漢字')).toBe(4);
    const red = '\u001b[31mbad\u001b[39m';
    expect(textTable([[red, '1'], ['ok', '22']], { align: ['left', 'right'], indent: '' })).toEqual([`${red}   1`, 'ok   22']);
  });

  it('knows numbers in Latin, Persian and Arabic digits', () => {
    for (const text of ['0', '-3', '1,234.5', '99.9%', '۱۲۳', '٤٥']) expect(isNumeric(text), text).toBe(true);
    for (const text of ['', 'p90', '3d 4h', '1 of 2', '—']) expect(isNumeric(text), text).toBe(false);
  });

  it('handles rows shorter than the header and an empty table', () => {
    expect(textTable([['a']], { header: ['x', 'y'], align: ['left', 'left'] })).toEqual(['  x  y', '  a']);
    expect(textTable([])).toEqual([]);
  });
});
