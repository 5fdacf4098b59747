// Typed arrays that grow by doubling, for building columns whose length is unknown while streaming.
/** An append-only typed array; amortized O(1) push. */
export class Growable {
    #data;
    #length = 0;
    #make;
    constructor(make, capacity = 1024) {
        this.#make = make;
        this.#data = new make(capacity);
    }
    get length() {
        return this.#length;
    }
    push(value) {
        if (this.#length === this.#data.length) {
            const next = new this.#make(this.#data.length * 2);
            next.set(this.#data);
            this.#data = next;
        }
        this.#data[this.#length++] = value;
    }
    /** Sets an existing position, growing (and filling with `fill`) when needed. */
    setAt(index, value, fill) {
        while (this.#length <= index)
            this.push(fill);
        this.#data[index] = value;
    }
    get(index) {
        return this.#data[index] ?? NaN;
    }
    /** The filled part, as a view (no copy). */
    view() {
        return this.#data.subarray(0, this.#length);
    }
}
