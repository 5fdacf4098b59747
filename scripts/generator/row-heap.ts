// A binary min-heap of generated rows by (time, insertion order): turns cases simulated one after another into an
// export sorted by time, holding only the events of cases still in progress.

import type { GeneratedRow } from './render-csv.js';

/** Min-heap on (time, sequence); push and pop O(log n). */
export class RowHeap {
  readonly #rows: GeneratedRow[] = [];
  readonly #seq: number[] = [];
  #next = 0;

  get size(): number {
    return this.#rows.length;
  }

  push(row: GeneratedRow): void {
    const rows = this.#rows;
    const seq = this.#seq;
    let at = rows.length;
    rows.push(row);
    seq.push(this.#next++);
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.#less(at, parent)) break;
      this.#swap(at, parent);
      at = parent;
    }
  }

  /** Removes and yields, in order, every row with time strictly before `time`. */
  *popBefore(time: number): Generator<GeneratedRow> {
    while (this.#rows.length > 0 && (this.#rows[0] as GeneratedRow).time < time) yield this.#pop();
  }

  #pop(): GeneratedRow {
    const rows = this.#rows;
    const seq = this.#seq;
    const top = rows[0] as GeneratedRow;
    const lastRow = rows.pop() as GeneratedRow;
    const lastSeq = seq.pop() as number;
    if (rows.length > 0) {
      rows[0] = lastRow;
      seq[0] = lastSeq;
      let at = 0;
      for (;;) {
        const left = 2 * at + 1;
        const right = left + 1;
        let smallest = at;
        if (left < rows.length && this.#less(left, smallest)) smallest = left;
        if (right < rows.length && this.#less(right, smallest)) smallest = right;
        if (smallest === at) break;
        this.#swap(at, smallest);
        at = smallest;
      }
    }
    return top;
  }

  #less(a: number, b: number): boolean {
    const ta = (this.#rows[a] as GeneratedRow).time;
    const tb = (this.#rows[b] as GeneratedRow).time;
    return ta < tb || (ta === tb && (this.#seq[a] as number) < (this.#seq[b] as number));
  }

  #swap(a: number, b: number): void {
    const rows = this.#rows;
    const seq = this.#seq;
    [rows[a], rows[b]] = [rows[b] as GeneratedRow, rows[a] as GeneratedRow];
    [seq[a], seq[b]] = [seq[b] as number, seq[a] as number];
  }
}
