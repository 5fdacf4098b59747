import { describe, expect, it } from 'vitest';
import { groupByCase, layoutCases, placeOwn } from '../../src/log/case-order.js';
import { ChunkedColumn } from '../../src/log/chunked-column.js';

/** A case column holding `cases` (one event each, in input order). */
function caseColumn(cases: readonly number[]): ChunkedColumn<Int32Array> {
  const column = new ChunkedColumn(Int32Array);
  column.addChunk().set(cases);
  return column;
}

describe('layoutCases', () => {
  it('puts each case after the previous one, its own events first, then the part read after them', () => {
    // Own events per case 2, 2, 1; a later part's 1, 0, 2.
    const layout = layoutCases(Int32Array.of(2, 2, 1), Int32Array.of(1, 0, 2));
    expect([...layout.caseStart]).toEqual([0, 3, 5, 8]);
    expect([...layout.ownEnd]).toEqual([2, 5, 6]);
  });

  it('without a part, each case ends where its own events end', () => {
    const layout = layoutCases(Int32Array.of(0, 3, 1));
    expect([...layout.caseStart]).toEqual([0, 0, 3, 4]);
    expect([...layout.ownEnd]).toEqual([0, 3, 4]);
  });
});

describe('placeOwn', () => {
  it('places the own events case by case in input order, leaving the part its places', () => {
    const column = caseColumn([0, 1, 0, 2, 1]);
    const layout = layoutCases(Int32Array.of(2, 2, 1), Int32Array.of(1, 0, 2));
    const permutation = new Int32Array(8).fill(-1);
    const destination = placeOwn(column, 5, layout, permutation);
    expect([...destination]).toEqual([0, 3, 1, 5, 4]);
    // Positions 2, 6 and 7 are the part's: untouched here.
    expect([...permutation]).toEqual([0, 2, -1, 1, 4, 3, -1, -1]);
  });
});

describe('groupByCase', () => {
  it('is a stable counting sort of the input positions by case', () => {
    const order = groupByCase(caseColumn([0, 1, 0, 2, 1]), 5, 3);
    expect([...order.caseStart]).toEqual([0, 2, 4, 5]);
    expect([...order.destination]).toEqual([0, 2, 1, 4, 3]);
    expect([...order.permutation]).toEqual([0, 2, 1, 4, 3]);
    // Every input position lands once, and the permutation undoes the destination.
    order.destination.forEach((at, i) => expect(order.permutation[at]).toBe(i));
  });
});
