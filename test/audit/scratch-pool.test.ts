import { describe, expect, it } from 'vitest';
import { scratchPool } from '../../src/audit/scratch-pool.js';

describe('scratchPool', () => {
  it('lends arrays of exactly the length asked, zeroed when new', () => {
    const pool = scratchPool();
    const values = pool.float64(5);
    const ids = pool.int32(3);
    expect(values).toBeInstanceOf(Float64Array);
    expect(ids).toBeInstanceOf(Int32Array);
    expect([...values]).toEqual([0, 0, 0, 0, 0]);
    expect([...ids]).toEqual([0, 0, 0]);
    expect(values.buffer).not.toBe(ids.buffer);
  });

  it('reuses a given-back buffer, the smallest large enough, for either element type', () => {
    const pool = scratchPool();
    const large = pool.float64(100);
    const small = pool.float64(10);
    pool.give(large);
    pool.give(small);
    const again = pool.int32(12);
    expect(again.buffer).toBe(small.buffer);
    expect(again.length).toBe(12);
    const bigger = pool.float64(11);
    expect(bigger.buffer).toBe(large.buffer);
    expect(bigger.length).toBe(11);
    const fresh = pool.float64(200);
    expect(fresh.buffer).not.toBe(large.buffer);
  });

  it('rounds new buffers up to a power of two bytes, so a slightly longer list reuses a given-back one', () => {
    const pool = scratchPool();
    const first = pool.float64(100);
    expect(first.buffer.byteLength).toBe(1024);
    pool.give(first);
    expect(pool.float64(128).buffer).toBe(first.buffer);
  });

  it('keeps what a buffer held: borrowers fill what they read', () => {
    const pool = scratchPool();
    const first = pool.float64(4);
    first.set([1, 2, 3, 4]);
    pool.give(first);
    expect([...pool.float64(2)]).toEqual([1, 2]);
  });

  it('refuses arrays it did not lend, and a second give of the same array', () => {
    const pool = scratchPool();
    expect(() => pool.give(new Float64Array(3))).toThrow(/did not lend/);
    const lent = pool.int32(3);
    pool.give(lent);
    expect(() => pool.give(lent)).toThrow(/did not lend/);
  });
});
