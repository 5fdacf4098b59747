// Typed arrays that grow by doubling, for building columns whose length is unknown while streaming.

type TypedArray = Int32Array | Float64Array;

interface TypedArrayConstructor<T extends TypedArray> {
  new (length: number): T;
}

/** An append-only typed array; amortized O(1) push. */
export class Growable<T extends TypedArray> {
  #data: T;
  #length = 0;
  readonly #make: TypedArrayConstructor<T>;

  constructor(make: TypedArrayConstructor<T>, capacity = 1024) {
    this.#make = make;
    this.#data = new make(capacity);
  }

  get length(): number {
    return this.#length;
  }

  push(value: number): void {
    if (this.#length === this.#data.length) {
      const next = new this.#make(this.#data.length * 2);
      next.set(this.#data);
      this.#data = next;
    }
    this.#data[this.#length++] = value;
  }

  /** Sets an existing position, growing (and filling with `fill`) when needed. */
  setAt(index: number, value: number, fill: number): void {
    while (this.#length <= index) this.push(fill);
    this.#data[index] = value;
  }

  get(index: number): number {
    return this.#data[index] ?? NaN;
  }

  /** The filled part, as a view (no copy). */
  view(): T {
    return this.#data.subarray(0, this.#length) as T;
  }
}
