import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { radixOrder } from '../../src/discovery/radix-order.js';

describe('radixOrder', () => {
  it('orders like a numeric sort, negatives and fractions included, and is stable', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { maxLength: 300 }), (list) => {
        const values = Float64Array.from(list);
        const order = radixOrder(values);
        const sorted = Array.from(order, (i) => values[i] as number);
        expect(sorted).toEqual([...list].sort((a, b) => a - b || (Object.is(a, -0) ? -1 : Object.is(b, -0) ? 1 : 0)));
        for (let k = 1; k < order.length; k++) {
          if (Object.is(values[order[k - 1] as number], values[order[k] as number])) expect(order[k - 1]).toBeLessThan(order[k] as number);
        }
      }),
      { seed: 3, numRuns: 300 },
    );
  });

  it('handles empty input and repeated values', () => {
    expect(Array.from(radixOrder(new Float64Array(0)))).toEqual([]);
    expect(Array.from(radixOrder(Float64Array.from([5, 5, 1, 5])))).toEqual([2, 0, 1, 3]);
  });
});
