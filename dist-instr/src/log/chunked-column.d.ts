/** Events per chunk: 64 Ki, so a chunk of a Float64 column is 512 KiB. */
export declare const CHUNK_BITS = 16;
export declare const CHUNK_SIZE: number;
type Column = Int32Array | Float64Array;
/** The typed-array class of a column: `Int32Array` or `Float64Array`. */
export interface ColumnClass<T extends Column> {
    new (length: number): T;
    new (buffer: ArrayBufferLike, byteOffset: number, length: number): T;
    readonly BYTES_PER_ELEMENT: number;
}
/** A run of consecutive values: the first `length` of `values`, each read through `map` (id → id) when there is one. */
export interface Piece<T extends Column> {
    readonly values: T;
    readonly length: number;
    readonly map: Int32Array | null;
}
/** An append-only column in pieces (see the module comment). */
export declare class ChunkedColumn<T extends Column> {
    #private;
    /** `fill` is the value of positions never written (e.g. `NaN` for an unknown start time). */
    constructor(make: ColumnClass<T>, fill?: number);
    /** Seals the chunk being written (full), if any, and returns the next one to fill: always the same staging array. */
    addChunk(): T;
    /** Seals the chunk being written with only its first `length` values (before appending pieces after them). */
    sealShort(length: number): void;
    /**
     * Appends `chunks` (each of {@link CHUNK_SIZE} values on its own resizable buffer, as {@link takeChunks} gives them)
     * holding `total` values in all, read through `map` when given. Nothing is copied. Seal the chunk being written first.
     */
    appendChunks(chunks: readonly Column[], total: number, map?: Int32Array | null): void;
    /** Appends `length` values that were never written (the fill value), e.g. start times of events that had none. */
    appendFill(length: number): void;
    /** The sealed pieces' lengths, in order. */
    get sealedLengths(): number[];
    /** True while a chunk is being written (it holds the values after the sealed pieces). */
    get writing(): boolean;
    /**
     * Every piece in order, the chunk being written last (its first `size - sealed values` count), for passes over the
     * column. Sealed pieces are on resizable buffers: copy before reading many values.
     */
    pieces(size: number): Piece<T>[];
    /** Frees every piece now (see the module comment). */
    release(): void;
    /**
     * The column in a new order (the value at position i moves to `destination[i]`, through its piece's map or else
     * through `map`), written into `out` (a new array of `destination.length` values when omitted; a longer one when
     * another thread fills the rest). Pieces are read in order, each copied out of its resizable buffer and released at
     * once, so memory falls as the new column fills. O(n); reads sequential, writes random.
     */
    scatter<O extends Column = T>(destination: Int32Array, out?: O, map?: Int32Array | null): O;
    /**
     * Hands over every chunk (the one being written sealed too), each of {@link CHUNK_SIZE} values on its own
     * resizable buffer: they can be transferred to another thread and freed there with {@link releaseChunk}. Only for
     * a column its builder wrote alone (no short or mapped pieces).
     */
    takeChunks(): T[];
}
/**
 * `values` itself when on a plain buffer, else its first `length` values copied into `scratch` (a native copy): V8 11
 * reads resizable buffers several times slower, which a pass over millions of values would pay per value.
 */
export declare function readable<T extends Column>(values: T, length: number, scratch: T): T;
/** Frees a chunk's memory now when it lives on a resizable buffer (see the module comment); otherwise a no-op. */
export declare function releaseChunk(chunk: Column): void;
export {};
