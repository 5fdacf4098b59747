import { describe, expect, it } from 'vitest';
import { CaseTimeOrder } from '../../src/log/case-time-order.js';
import { CHUNK_SIZE } from '../../src/log/chunked-column.js';

describe('CaseTimeOrder', () => {
  it('counts the events earlier than an event before them in the same case, and lists their cases once', () => {
    const order = new CaseTimeOrder();
    for (const c of [0, 1, 2]) order.addCase(c);
    // Case 0 in order; case 1 goes back twice (each against the latest time, 30); case 2 ties, which is in order.
    for (const [c, time] of [[0, 10], [1, 30], [0, 20], [1, 20], [2, 5], [1, 25], [2, 5], [0, 20]] as const) order.note(c, time);
    expect(order.outOfOrder).toBe(2);
    expect([...order.unsorted]).toEqual([1]);
    expect([...order.latestOf(Int32Array.of(2, 0, 1))]).toEqual([5, 20, 30]);
  });

  it('notes chunked events read through a case map as if each were noted, and merges what another thread noted', () => {
    const order = new CaseTimeOrder();
    for (const c of [0, 1]) order.addCase(c);
    order.note(0, 100);
    // Another builder's case 0 is this builder's case 1, its case 1 this builder's case 0; chunks past the first too.
    const size = CHUNK_SIZE + 3;
    const cases = [new Int32Array(CHUNK_SIZE), new Int32Array(CHUNK_SIZE)];
    const times = [new Float64Array(CHUNK_SIZE).fill(200), new Float64Array(CHUNK_SIZE).fill(200)];
    (cases[1] as Int32Array).set([1, 1, 0]);
    (times[1] as Float64Array).set([50, 300, 150]);
    order.noteChunks(cases, times, size, Int32Array.of(1, 0));
    expect(order.outOfOrder).toBe(2); // 50 < 100 in case 0, then 150 < 200 in case 1
    expect([...order.unsorted].sort()).toEqual([0, 1]);
    order.merge(3, [4]);
    expect(order.outOfOrder).toBe(5);
    expect([...order.unsorted].sort()).toEqual([0, 1, 4]);
    expect([...order.latestOf(Int32Array.of(0, 1))]).toEqual([300, 200]);
  });
});
