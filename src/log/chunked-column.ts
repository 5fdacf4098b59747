// A column of the log being built, held in fixed-size chunks: appending never copies what was read before (a doubling
// array copies, and holds old and new copies at once while it does), and building the log gathers each column into
// one exact-size array in case order.
//
// Memory: a full chunk is moved into its own resizable ArrayBuffer, which `release` shrinks to zero bytes. That
// returns its pages to the system at once, where an ordinary buffer would wait for a major garbage collection (none
// runs while build() gathers), so the peak of building stays near one copy of the events plus one column instead
// of two copies. Reads from resizable buffers are slower in V8 11, so the builder writes into a plain staging chunk.

/** Events per chunk: 64 Ki, so a chunk of a Float64 column is 512 KiB. */
export const CHUNK_BITS = 16;
export const CHUNK_SIZE = 1 << CHUNK_BITS;
const MASK = CHUNK_SIZE - 1;

type Column = Int32Array | Float64Array;

/** The typed-array class of a column: `Int32Array` or `Float64Array`. */
export interface ColumnClass<T extends Column> {
  new (length: number): T;
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): T;
  readonly BYTES_PER_ELEMENT: number;
}

/** ES2024's resizable ArrayBuffer (Node 20), not yet in the ES2023 library typings. */
interface ResizableArrayBuffer extends ArrayBuffer {
  resize(byteLength: number): void;
}
const ResizableBuffer = ArrayBuffer as unknown as new (byteLength: number, options: { maxByteLength: number }) => ResizableArrayBuffer;

/** An append-only column in chunks of {@link CHUNK_SIZE}. */
export class ChunkedColumn<T extends Column> {
  readonly #sealed: T[] = [];
  #staging: T | null = null;
  readonly #make: ColumnClass<T>;
  readonly #fill: number;

  /** `fill` is the value of positions never written (e.g. `NaN` for an unknown start time). */
  constructor(make: ColumnClass<T>, fill = 0) {
    this.#make = make;
    this.#fill = fill;
  }

  /** Seals the chunk being written (if any) and returns the next one to fill: always the same staging array. */
  addChunk(): T {
    if (this.#staging === null) this.#staging = new this.#make(CHUNK_SIZE);
    else this.#seal(this.#staging);
    if (this.#fill !== 0) this.#staging.fill(this.#fill);
    return this.#staging;
  }

  /** Number of chunks, the one being written included. */
  get chunkCount(): number {
    return this.#sealed.length + (this.#staging === null ? 0 : 1);
  }

  /** Chunk `k` (for counting passes over the column). */
  chunk(k: number): T {
    return (k < this.#sealed.length ? this.#sealed[k] : this.#staging) as T;
  }

  /** Frees every chunk now (see the module comment). */
  release(): void {
    for (const chunk of this.#sealed) (chunk.buffer as ResizableArrayBuffer).resize(0);
    this.#sealed.length = 0;
    this.#staging = null;
  }

  /**
   * The column in a new order (position i takes the value at position `order[i]`), as one array of
   * `order.length` values; the chunks are released. O(n); the reads are random, the writes sequential.
   */
  gather(order: Int32Array): T {
    if (this.#staging !== null) {
      this.#seal(this.#staging);
      this.#staging = null;
    }
    const n = order.length;
    const out = new this.#make(n);
    const chunks = this.#sealed;
    for (let i = 0; i < n; i++) {
      const at = order[i] as number;
      out[i] = (chunks[at >>> CHUNK_BITS] as T)[at & MASK] as number;
    }
    this.release();
    return out;
  }

  #seal(staging: T): void {
    const bytes = CHUNK_SIZE * this.#make.BYTES_PER_ELEMENT;
    const sealed = new this.#make(new ResizableBuffer(bytes, { maxByteLength: bytes }), 0, CHUNK_SIZE);
    sealed.set(staging);
    this.#sealed.push(sealed);
  }
}
