// A column of the log being built, held in pieces: appending never copies what was read before (a doubling array
// copies, and holds old and new copies at once while it does), and building the log gathers each column into one
// exact-size array in case order, piece by piece.
//
// Pieces are mostly full chunks of CHUNK_SIZE values the builder wrote itself; a split read adds the other thread's
// chunks as they came (with a map from its label ids to the builder's, applied when building, so joining the two
// halves copies nothing), which leaves a short piece where one half ended.
//
// Memory: a sealed piece lives on its own resizable ArrayBuffer, which `release` shrinks to zero bytes. That returns
// its pages to the system at once, where an ordinary buffer would wait for a major garbage collection (none runs
// while build() scatters), so the peak of building stays near one copy of the events plus one column instead of two
// copies. Reads from resizable buffers are slower in V8 11, so the builder writes into a plain staging chunk, and
// passes over sealed pieces copy each into a plain scratch array first (a native copy).

import { NONE } from './dictionary.js';

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

/** A run of consecutive values: the first `length` of `values`, each read through `map` (id → id) when there is one. */
export interface Piece<T extends Column> {
  readonly values: T;
  readonly length: number;
  readonly map: Int32Array | null;
}

/** An append-only column in pieces (see the module comment). */
export class ChunkedColumn<T extends Column> {
  readonly #sealed: Piece<T>[] = [];
  /** The chunk being written, kept for reuse after it is sealed. */
  #staging: T | null = null;
  #writing = false;
  readonly #make: ColumnClass<T>;
  readonly #fill: number;

  /** `fill` is the value of positions never written (e.g. `NaN` for an unknown start time). */
  constructor(make: ColumnClass<T>, fill = 0) {
    this.#make = make;
    this.#fill = fill;
  }

  /** Seals the chunk being written (full), if any, and returns the next one to fill: always the same staging array. */
  addChunk(): T {
    if (this.#staging === null) this.#staging = new this.#make(CHUNK_SIZE);
    else if (this.#writing) this.#seal(this.#staging, CHUNK_SIZE);
    if (this.#fill !== 0) this.#staging.fill(this.#fill);
    this.#writing = true;
    return this.#staging;
  }

  /** Seals the chunk being written with only its first `length` values (before appending pieces after them). */
  sealShort(length: number): void {
    if (!this.#writing) return;
    if (length > 0) this.#seal(this.#staging as T, length);
    this.#writing = false;
  }

  /**
   * Appends `chunks` (each of {@link CHUNK_SIZE} values on its own resizable buffer, as {@link takeChunks} gives them)
   * holding `total` values in all, read through `map` when given. Nothing is copied. Seal the chunk being written first.
   */
  appendChunks(chunks: readonly Column[], total: number, map: Int32Array | null = null): void {
    if (this.#writing) throw new Error('seal the chunk being written before appending chunks');
    chunks.forEach((values, k) => {
      const length = Math.min(CHUNK_SIZE, total - k * CHUNK_SIZE);
      if (length > 0) this.#sealed.push({ values: values as T, length, map });
    });
  }

  /** Appends `length` values that were never written (the fill value), e.g. start times of events that had none. */
  appendFill(length: number): void {
    if (this.#writing) throw new Error('seal the chunk being written before appending chunks');
    const chunks: T[] = [];
    const filled = new this.#make(CHUNK_SIZE);
    filled.fill(this.#fill);
    for (let left = length; left > 0; left -= CHUNK_SIZE) chunks.push(this.#resizable(filled, CHUNK_SIZE));
    this.appendChunks(chunks, length);
  }

  /** The sealed pieces' lengths, in order. */
  get sealedLengths(): number[] {
    return this.#sealed.map((piece) => piece.length);
  }

  /** True while a chunk is being written (it holds the values after the sealed pieces). */
  get writing(): boolean {
    return this.#writing;
  }

  /**
   * Every piece in order, the chunk being written last (its first `size - sealed values` count), for passes over the
   * column. Sealed pieces are on resizable buffers: copy before reading many values.
   */
  pieces(size: number): Piece<T>[] {
    const pieces = [...this.#sealed];
    const sealed = pieces.reduce((sum, piece) => sum + piece.length, 0);
    if (this.#writing && size > sealed) pieces.push({ values: this.#staging as T, length: size - sealed, map: null });
    return pieces;
  }

  /** Frees every piece now (see the module comment). */
  release(): void {
    for (const piece of this.#sealed) releaseChunk(piece.values);
    this.#sealed.length = 0;
    this.#staging = null;
    this.#writing = false;
  }

  /**
   * The column in a new order (the value at position i moves to `destination[i]`, through its piece's map or else
   * through `map`), written into `out` (a new array of `destination.length` values when omitted; a longer one when
   * another thread fills the rest). Pieces are read in order, each copied out of its resizable buffer and released at
   * once, so memory falls as the new column fills. O(n); reads sequential, writes random.
   */
  scatter<O extends Column = T>(destination: Int32Array, out: O = new this.#make(destination.length) as Column as O, map: Int32Array | null = null): O {
    const n = destination.length;
    const scratch = new this.#make(CHUNK_SIZE);
    let base = 0;
    for (const piece of this.pieces(n)) {
      const values = readable(piece.values, piece.length, scratch);
      releaseChunk(piece.values);
      const through = piece.map ?? map;
      if (through === null) scatterValues(out, values, destination, base, piece.length);
      else scatterMapped(out as Int32Array, values as Int32Array, through, destination, base, piece.length);
      base += piece.length;
    }
    this.release();
    return out;
  }

  /**
   * Hands over every chunk (the one being written sealed too), each of {@link CHUNK_SIZE} values on its own
   * resizable buffer: they can be transferred to another thread and freed there with {@link releaseChunk}. Only for
   * a column its builder wrote alone (no short or mapped pieces).
   */
  takeChunks(): T[] {
    if (this.#writing) this.#seal(this.#staging as T, CHUNK_SIZE);
    if (this.#sealed.some((piece) => piece.length !== CHUNK_SIZE || piece.map !== null)) throw new Error('only a column written alone can be taken');
    const chunks = this.#sealed.map((piece) => piece.values);
    this.#sealed.length = 0;
    this.#staging = null;
    this.#writing = false;
    return chunks;
  }

  #seal(staging: T, length: number): void {
    this.#sealed.push({ values: this.#resizable(staging, length), length, map: null });
  }

  /** A copy of the first `length` values of `values` on a resizable buffer of {@link CHUNK_SIZE} values. */
  #resizable(values: T, length: number): T {
    const bytes = CHUNK_SIZE * this.#make.BYTES_PER_ELEMENT;
    const sealed = new this.#make(new ResizableBuffer(bytes, { maxByteLength: bytes }), 0, CHUNK_SIZE);
    sealed.set(length === CHUNK_SIZE ? values : values.subarray(0, length));
    return sealed;
  }
}

/** Moves `values[j]` (input position `base + j`) to `out[destination[base + j]]` for the first `length` values. */
function scatterValues(out: Column, values: Column, destination: Int32Array, base: number, length: number): void {
  for (let j = 0; j < length; j++) out[destination[base + j] as number] = values[j] as number;
}

/** {@link scatterValues} through `map` ({@link NONE} stays NONE). */
function scatterMapped(out: Int32Array, values: Int32Array, map: Int32Array, destination: Int32Array, base: number, length: number): void {
  for (let j = 0; j < length; j++) {
    const id = values[j] as number;
    out[destination[base + j] as number] = id === NONE ? NONE : (map[id] as number);
  }
}

/**
 * `values` itself when on a plain buffer, else its first `length` values copied into `scratch` (a native copy): V8 11
 * reads resizable buffers several times slower, which a pass over millions of values would pay per value.
 */
export function readable<T extends Column>(values: T, length: number, scratch: T): T {
  if ((values.buffer as { resizable?: boolean }).resizable !== true) return values;
  scratch.set(length === values.length ? values : values.subarray(0, length));
  return scratch;
}

/** Frees a chunk's memory now when it lives on a resizable buffer (see the module comment); otherwise a no-op. */
export function releaseChunk(chunk: Column): void {
  const buffer = chunk.buffer as Partial<ResizableArrayBuffer> & { resizable?: boolean };
  if (buffer.resizable === true) buffer.resize?.(0);
}
