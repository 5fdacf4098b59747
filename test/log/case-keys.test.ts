import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseKeys } from '../../src/log/case-keys.js';

describe('CaseKeys', () => {
  it('numbers distinct ids in order of first sight, by bytes or by text, and gives them back as strings', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('P-1', 'پرونده ۱', 'C 7', 'پرونده ١')), { maxLength: 2000 }), fc.boolean(), (ids, framed) => {
        const keys = new CaseKeys();
        const reference = new Map<string, number>();
        for (const [k, id] of ids.entries()) {
          const bytes = Buffer.from(id);
          let index: number;
          if (framed && k % 2 === 0) {
            // Looked up inside a larger buffer, as a reader does with a field of a chunk.
            const buffer = Buffer.concat([Buffer.from('x,'), bytes, Buffer.from(',y')]);
            expect(keys.indexOf(buffer, 2, 2 + bytes.length)).toBe(reference.get(id) ?? -1);
            index = keys.intern(buffer, 2, 2 + bytes.length);
          } else index = keys.internText(id);
          if (!reference.has(id)) reference.set(id, reference.size);
          expect(index).toBe(reference.get(id));
        }
        expect(keys.size).toBe(reference.size);
        expect(keys.texts()).toEqual([...reference.keys()]);
      }),
      { numRuns: 80 },
    );
  });

  it('hands its ids over as bytes that another table maps back to the same ids', () => {
    const keys = new CaseKeys();
    const ids = Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? `پرونده-${i}` : `PREFIX--${String(i).padStart(6, '0')}--SUFFIX`));
    ids.forEach((id) => keys.internText(id));
    const { bytes, ends } = keys.parts();
    expect(ends.length).toBe(ids.length);
    const other = new CaseKeys();
    other.internText('already here');
    let start = 0;
    const mapped = Array.from(ends, (end) => {
      const index = other.intern(bytes, start, end);
      start = end;
      return index;
    });
    expect(mapped).toEqual(ids.map((_, i) => i + 1));
    expect(other.texts()).toEqual(['already here', ...ids]);
  });

  it('tells apart ids that share their length and first and last eight bytes', () => {
    const keys = new CaseKeys();
    const ids = Array.from({ length: 3000 }, (_, i) => Buffer.from(`PREFIX--${String(i).padStart(6, '0')}--SUFFIX`));
    ids.forEach((id, i) => expect(keys.intern(id, 0, id.length)).toBe(i));
    ids.forEach((id, i) => expect(keys.indexOf(id, 0, id.length)).toBe(i));
    const absent = Buffer.from('PREFIX--999999--SUFFIX');
    expect(keys.indexOf(absent, 0, absent.length)).toBe(-1);
  });
});
