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
const ResizableBuffer = ArrayBuffer;
/** An append-only column in pieces (see the module comment). */
export class ChunkedColumn {
    #sealed = [];
    /** The chunk being written, kept for reuse after it is sealed. */
    #staging = null;
    #writing = false;
    #make;
    #fill;
    /** `fill` is the value of positions never written (e.g. `NaN` for an unknown start time). */
    constructor(make, fill = 0) {
        this.#make = make;
        this.#fill = fill;
    }
    /** Seals the chunk being written (full), if any, and returns the next one to fill: always the same staging array. */
    addChunk() {
        if (this.#staging === null)
            this.#staging = new this.#make(CHUNK_SIZE);
        else if (this.#writing)
            this.#seal(this.#staging, CHUNK_SIZE);
        if (this.#fill !== 0)
            this.#staging.fill(this.#fill);
        this.#writing = true;
        return this.#staging;
    }
    /** Seals the chunk being written with only its first `length` values (before appending pieces after them). */
    sealShort(length) {
        if (!this.#writing)
            return;
        if (length > 0)
            this.#seal(this.#staging, length);
        this.#writing = false;
    }
    /**
     * Appends `chunks` (each of {@link CHUNK_SIZE} values on its own resizable buffer, as {@link takeChunks} gives them)
     * holding `total` values in all, read through `map` when given. Nothing is copied. Seal the chunk being written first.
     */
    appendChunks(chunks, total, map = null) {
        if (this.#writing)
            throw new Error('seal the chunk being written before appending chunks');
        chunks.forEach((values, k) => {
            const length = Math.min(CHUNK_SIZE, total - k * CHUNK_SIZE);
            if (length > 0)
                this.#sealed.push({ values: values, length, map });
        });
    }
    /** Appends `length` values that were never written (the fill value), e.g. start times of events that had none. */
    appendFill(length) {
        if (this.#writing)
            throw new Error('seal the chunk being written before appending chunks');
        const chunks = [];
        const filled = new this.#make(CHUNK_SIZE);
        filled.fill(this.#fill);
        for (let left = length; left > 0; left -= CHUNK_SIZE)
            chunks.push(this.#resizable(filled, CHUNK_SIZE));
        this.appendChunks(chunks, length);
    }
    /** The sealed pieces' lengths, in order. */
    get sealedLengths() {
        return this.#sealed.map((piece) => piece.length);
    }
    /** True while a chunk is being written (it holds the values after the sealed pieces). */
    get writing() {
        return this.#writing;
    }
    /**
     * Every piece in order, the chunk being written last (its first `size - sealed values` count), for passes over the
     * column. Sealed pieces are on resizable buffers: copy before reading many values.
     */
    pieces(size) {
        const pieces = [...this.#sealed];
        const sealed = pieces.reduce((sum, piece) => sum + piece.length, 0);
        if (this.#writing && size > sealed)
            pieces.push({ values: this.#staging, length: size - sealed, map: null });
        return pieces;
    }
    /** Frees every piece now (see the module comment). */
    release() {
        for (const piece of this.#sealed)
            releaseChunk(piece.values);
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
    scatter(destination, out = new this.#make(destination.length), map = null) {
        const n = destination.length;
        const scratch = new this.#make(CHUNK_SIZE);
        let base = 0;
        for (const piece of this.pieces(n)) {
            const values = readable(piece.values, piece.length, scratch);
            releaseChunk(piece.values);
            const through = piece.map ?? map;
            if (through === null)
                scatterValues(out, values, destination, base, piece.length);
            else
                scatterMapped(out, values, through, destination, base, piece.length);
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
    takeChunks() {
        if (this.#writing)
            this.#seal(this.#staging, CHUNK_SIZE);
        if (this.#sealed.some((piece) => piece.length !== CHUNK_SIZE || piece.map !== null))
            throw new Error('only a column written alone can be taken');
        const chunks = this.#sealed.map((piece) => piece.values);
        this.#sealed.length = 0;
        this.#staging = null;
        this.#writing = false;
        return chunks;
    }
    #seal(staging, length) {
        this.#sealed.push({ values: this.#resizable(staging, length), length, map: null });
    }
    /** A copy of the first `length` values of `values` on a resizable buffer of {@link CHUNK_SIZE} values. */
    #resizable(values, length) {
        const bytes = CHUNK_SIZE * this.#make.BYTES_PER_ELEMENT;
        const sealed = new this.#make(new ResizableBuffer(bytes, { maxByteLength: bytes }), 0, CHUNK_SIZE);
        sealed.set(length === CHUNK_SIZE ? values : values.subarray(0, length));
        return sealed;
    }
}
/** Moves `values[j]` (input position `base + j`) to `out[destination[base + j]]` for the first `length` values. */
function scatterValues(out, values, destination, base, length) {
    for (let j = 0; j < length; j++)
        out[destination[base + j]] = values[j];
}
/** {@link scatterValues} through `map` ({@link NONE} stays NONE). */
function scatterMapped(out, values, map, destination, base, length) {
    for (let j = 0; j < length; j++) {
        const id = values[j];
        out[destination[base + j]] = id === NONE ? NONE : map[id];
    }
}
/**
 * `values` itself when on a plain buffer, else its first `length` values copied into `scratch` (a native copy): V8 11
 * reads resizable buffers several times slower, which a pass over millions of values would pay per value.
 */
export function readable(values, length, scratch) {
    if (values.buffer.resizable !== true)
        return values;
    scratch.set(length === values.length ? values : values.subarray(0, length));
    return scratch;
}
/** Frees a chunk's memory now when it lives on a resizable buffer (see the module comment); otherwise a no-op. */
export function releaseChunk(chunk) {
    const buffer = chunk.buffer;
    if (buffer.resizable === true)
        buffer.resize?.(0);
}
