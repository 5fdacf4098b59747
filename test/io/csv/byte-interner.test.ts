import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteInterner } from '../../../src/io/csv/byte-interner.js';

describe('ByteInterner', () => {
  it('finds exactly the byte strings it was given, however many and however they collide', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 24 }), { maxLength: 3000 }), (values) => {
        const interner = new ByteInterner();
        const reference = new Map<string, number>();
        // Each value is looked up inside a larger buffer, as the reader does with a field of a chunk.
        const framed = (bytes: Uint8Array): [Uint8Array, number, number] => {
          const buffer = new Uint8Array(bytes.length + 6).fill(0x2c);
          buffer.set(bytes, 3);
          return [buffer, 3, 3 + bytes.length];
        };
        for (const bytes of values) {
          const key = Buffer.from(bytes).toString('hex');
          const [buffer, from, to] = framed(bytes);
          const found = interner.get(buffer, from, to);
          expect(found).toBe(reference.get(key) ?? -2);
          if (found === -2) {
            reference.set(key, reference.size);
            interner.set(buffer, from, to, reference.size - 1);
          }
        }
        for (const [key, id] of reference) {
          const [buffer, from, to] = framed(Buffer.from(key, 'hex'));
          expect(interner.get(buffer, from, to)).toBe(id);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('tells apart values that share their first and last eight bytes', () => {
    const interner = new ByteInterner();
    const values = Array.from({ length: 5000 }, (_, i) => Buffer.from(`PREFIX--${String(i).padStart(6, '0')}--SUFFIX`));
    values.forEach((value, i) => interner.set(value, 0, value.length, i));
    values.forEach((value, i) => expect(interner.get(value, 0, value.length)).toBe(i));
    const absent = Buffer.from('PREFIX--999999--SUFFIX');
    expect(interner.get(absent, 0, absent.length)).toBe(-2);
  });
});
