import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dictionary } from '../../src/log/dictionary.js';
import { idsByName, nameRanks } from '../../src/log/name-order.js';

describe('nameRanks', () => {
  it('orders ids as `<` orders their names (UTF-16 code units: Persian, Arabic, astral, case)', () => {
    const name = fc.oneof(fc.string(), fc.constantFrom('ی', 'ي', 'ک', 'ك', 'B', 'a', '😀', '\uffff', ''));
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 60 }), (names) => {
        const dictionary = Dictionary.of(names);
        const rank = nameRanks(dictionary);
        const byComparison = names.map((_, id) => id).sort((a, b) => ((names[a] as string) < (names[b] as string) ? -1 : 1));
        expect(Array.from(byComparison, (id) => rank[id])).toEqual(names.map((_, i) => i));
        expect(Array.from(idsByName(dictionary))).toEqual(byComparison);
      }),
      { seed: 5, numRuns: 300 },
    );
  });
  it('is computed once per dictionary, and again when the dictionary has grown', () => {
    const dictionary = new Dictionary();
    dictionary.intern('b');
    const first = nameRanks(dictionary);
    expect(nameRanks(dictionary)).toBe(first);
    dictionary.intern('a');
    expect(Array.from(nameRanks(dictionary))).toEqual([1, 0]);
  });
});
