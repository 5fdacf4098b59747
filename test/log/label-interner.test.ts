import { describe, expect, it } from 'vitest';
import { LabelInterner } from '../../src/log/label-interner.js';
import { NONE } from '../../src/log/dictionary.js';
import { normalizeLabel } from '../../src/log/normalize-label.js';

describe('LabelInterner', () => {
  it('gives one id to every spelling of a label and reports the merge whichever spelling comes first', () => {
    for (const order of [
      ['تایید کارشناس', 'تاييد كارشناس', ' تایید کارشناس '],
      ['تاييد كارشناس', 'تایید کارشناس', ' تایید کارشناس '],
      [' تایید کارشناس ', 'تایید کارشناس', 'تاييد كارشناس'],
    ]) {
      const interner = new LabelInterner();
      const ids = [...order, ...order].map((raw) => interner.id(raw));
      expect(new Set(ids).size).toBe(1);
      expect(interner.dictionary.names).toEqual(['تایید کارشناس']);
      expect(interner.merges()).toEqual([{ canonical: 'تایید کارشناس', variants: ['تایید کارشناس', 'تاييد كارشناس'].sort() }]);
    }
  });

  it('answers a label that is its own canonical form like any other, and reads empty labels as none', () => {
    const interner = new LabelInterner();
    expect([interner.id('alice'), interner.id('bob'), interner.id('alice'), interner.id(' alice')]).toEqual([0, 1, 0, 0]);
    expect(interner.id('   ')).toBe(NONE);
    expect(interner.merges()).toEqual([]);
  });

  it('gives a canonical label read after another spelling of it the id it already has (no second entry)', () => {
    const interner = new LabelInterner();
    expect([interner.id(' alice'), interner.id('bob'), interner.id('alice'), interner.id('carol')]).toEqual([0, 1, 0, 2]);
    expect(interner.dictionary.names).toEqual(['alice', 'bob', 'carol']);
    interner.dictionary.freeze();
    expect(() => interner.id('dave')).toThrow(/frozen/);
  });

  it('maps a name that does not normalize to itself through normalization, not straight to that name', () => {
    // A zero-width non-joiner between two spaces leaves two spaces: the canonical name is not a fixed point.
    const odd = 'ب \u200C ب';
    const canonical = normalizeLabel(odd);
    const interner = new LabelInterner();
    const id = interner.id(odd);
    expect(interner.dictionary.nameOf(id)).toBe(canonical);
    expect(interner.id(canonical)).toBe(interner.dictionary.idOf(normalizeLabel(canonical)));
  });

  it('hands its labels to another interner with their spellings (only the labels read in other spellings)', () => {
    const source = new LabelInterner();
    for (const raw of ['a', 'كتاب', 'کتاب', 'b ']) source.id(raw);
    const parts = source.parts();
    expect(parts.names).toEqual(['a', 'کتاب', 'b']);
    expect([...parts.spellings]).toEqual([[1, ['كتاب', 'کتاب']]]);
    const target = new LabelInterner();
    target.id('کتاب');
    parts.names.forEach((name, id) => target.adopt(name, parts.spellings.get(id) ?? [name]));
    expect(target.merges()).toEqual(source.merges());
  });
});
