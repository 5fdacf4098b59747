// A column of the log being built, held in fixed-size chunks: appending never copies what was read before (a doubling
// array copies, and holds old and new copies at once while it does), and building the log gathers each column into
// one exact-size array in case order, chunk by chunk.
//
// Memory: a full chunk is moved into its own resizable ArrayBuffer, which `release` shrinks to zero bytes. That
// returns its pages to the system at once, where an ordinary buffer would wait for a major garbage collection (none
// runs while build() scatters), so the peak of building stays near one copy of the events plus one column instead
// of two copies. Reads from resizable buffers are slower in V8 11, so the builder writes into a plain staging chunk.

/** Events per chunk: 64 Ki, so a chunk of a Float64 column is 512 KiB. */
export const CHUNK_BITS = 16;
export const CHUNK_SIZE = 1 << CHUNK_BITS;

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
    for (const chunk of this.#sealed) releaseChunk(chunk);
    this.#sealed.length = 0;
    this.#staging = null;
  }

  /**
   * The column in a new order (the value at position i moves to `destination[i]`), as one array of
   * `destination.length` values. Chunks are read in order, each copied out of its resizable buffer (a native copy)
   * and released at once, so memory falls as the new column fills. O(n); reads sequential, writes random.
   */
  scatter(destination: Int32Array): T {
    const n = destination.length;
    const out = new this.#make(n);
    const scratch = new this.#make(CHUNK_SIZE);
    const sealed = this.#sealed;
    for (let k = 0; k < sealed.length; k++) {
      const chunk = sealed[k] as T;
      scratch.set(chunk);
      releaseChunk(chunk);
      scatterChunk(out, scratch, destination, k << CHUNK_BITS, Math.min(CHUNK_SIZE, n - (k << CHUNK_BITS)));
    }
    if (this.#staging !== null) scatterChunk(out, this.#staging, destination, sealed.length << CHUNK_BITS, n - (sealed.length << CHUNK_BITS));
    this.release();
    return out;
  }

  /**
   * Hands over every chunk (the one being written sealed too), each of {@link CHUNK_SIZE} values on its own
   * resizable buffer: they can be transferred to another thread and freed there with {@link releaseChunk}.
   */
  takeChunks(): T[] {
    if (this.#staging !== null) this.#seal(this.#staging);
    const chunks = [...this.#sealed];
    this.#sealed.length = 0;
    this.#staging = null;
    return chunks;
  }

  #seal(staging: T): void {
    const bytes = CHUNK_SIZE * this.#make.BYTES_PER_ELEMENT;
    const sealed = new this.#make(new ResizableBuffer(bytes, { maxByteLength: bytes }), 0, CHUNK_SIZE);
    sealed.set(staging);
    this.#sealed.push(sealed);
  }
}

/** Moves `chunk[j]` (input position `base + j`) to `out[destination[base + j]]` for the first `length` values. */
function scatterChunk<T extends Column>(out: T, chunk: T, destination: Int32Array, base: number, length: number): void {
  for (let j = 0; j < length; j++) out[destination[base + j] as number] = chunk[j] as number;
}

/** Frees a chunk's memory now when it lives on a resizable buffer (see the module comment); otherwise a no-op. */
export function releaseChunk(chunk: Column): void {
  const buffer = chunk.buffer as Partial<ResizableArrayBuffer> & { resizable?: boolean };
  if (buffer.resizable === true) buffer.resize?.(0);
}
