// A binary min-heap of generated rows by (time, insertion order): turns cases simulated one after another into an
// export sorted by time, holding only the events of cases still in progress.
/** Min-heap on (time, sequence); push and pop O(log n). */
export class RowHeap {
    #rows = [];
    #seq = [];
    #next = 0;
    get size() {
        return this.#rows.length;
    }
    push(row) {
        const rows = this.#rows;
        const seq = this.#seq;
        let at = rows.length;
        rows.push(row);
        seq.push(this.#next++);
        while (at > 0) {
            const parent = (at - 1) >> 1;
            if (!this.#less(at, parent))
                break;
            this.#swap(at, parent);
            at = parent;
        }
    }
    /** Removes and yields, in order, every row with time strictly before `time`. */
    *popBefore(time) {
        while (this.#rows.length > 0 && this.#rows[0].time < time)
            yield this.#pop();
    }
    #pop() {
        const rows = this.#rows;
        const seq = this.#seq;
        const top = rows[0];
        const lastRow = rows.pop();
        const lastSeq = seq.pop();
        if (rows.length > 0) {
            rows[0] = lastRow;
            seq[0] = lastSeq;
            let at = 0;
            for (;;) {
                const left = 2 * at + 1;
                const right = left + 1;
                let smallest = at;
                if (left < rows.length && this.#less(left, smallest))
                    smallest = left;
                if (right < rows.length && this.#less(right, smallest))
                    smallest = right;
                if (smallest === at)
                    break;
                this.#swap(at, smallest);
                at = smallest;
            }
        }
        return top;
    }
    #less(a, b) {
        const ta = this.#rows[a].time;
        const tb = this.#rows[b].time;
        return ta < tb || (ta === tb && this.#seq[a] < this.#seq[b]);
    }
    #swap(a, b) {
        const rows = this.#rows;
        const seq = this.#seq;
        [rows[a], rows[b]] = [rows[b], rows[a]];
        [seq[a], seq[b]] = [seq[b], seq[a]];
    }
}
