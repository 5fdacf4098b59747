// Which cases arrived out of time order. Most exports list each case's events in time order, so building sorts only
// the cases noted here; the count of events concerned goes into the data-quality report.

import { CHUNK_SIZE, readable } from './chunked-column.js';
import { Growable } from './growable.js';

/** The latest time seen per case, in input order, and the cases and events that broke that order. */
export class CaseTimeOrder {
  readonly #latest = new Growable(Float64Array);
  /** Cases with an event earlier than one before it in the input: the only ones building must sort. */
  readonly unsorted = new Set<number>();
  #outOfOrder = 0;

  /** Events whose time is earlier than the previous event of the same case in the input. */
  get outOfOrder(): number {
    return this.#outOfOrder;
  }

  /** Makes room for case `index` when it is the next new case. O(1) amortized. */
  addCase(index: number): void {
    if (index === this.#latest.length) this.#latest.push(-Infinity);
  }

  /** Notes the next event in input order: case `c` at `time`. O(1). */
  note(c: number, time: number): void {
    if (time < this.#latest.get(c)) {
      this.#outOfOrder++;
      this.unsorted.add(c);
    } else this.#latest.setAt(c, time, -Infinity);
  }

  /**
   * Notes `size` events that follow in input order, given as chunks of {@link CHUNK_SIZE} case indexes (read through
   * `caseMap`) and times, e.g. another builder's. O(size).
   */
  noteChunks(caseChunks: readonly Int32Array[], timeChunks: readonly Float64Array[], size: number, caseMap: Int32Array): void {
    const cases = new Int32Array(CHUNK_SIZE);
    const times = new Float64Array(CHUNK_SIZE);
    for (let k = 0; k * CHUNK_SIZE < size; k++) {
      const length = Math.min(CHUNK_SIZE, size - k * CHUNK_SIZE);
      const caseValues = readable(caseChunks[k] as Int32Array, length, cases);
      const timeValues = readable(timeChunks[k] as Float64Array, length, times);
      for (let j = 0; j < length; j++) this.note(caseMap[caseValues[j] as number] as number, timeValues[j] as number);
    }
  }

  /** The latest time so far of each case of `cases` (-Infinity for a case without events yet). O(cases). */
  latestOf(cases: Int32Array): Float64Array {
    const latest = new Float64Array(cases.length);
    for (let k = 0; k < latest.length; k++) latest[k] = this.#latest.get(cases[k] as number);
    return latest;
  }

  /** Adds what was noted elsewhere (another thread placing events that follow these). */
  merge(outOfOrder: number, unsorted: Iterable<number>): void {
    this.#outOfOrder += outOfOrder;
    for (const c of unsorted) this.unsorted.add(c);
  }
}
