type TypedArray = Int32Array | Float64Array;
interface TypedArrayConstructor<T extends TypedArray> {
    new (length: number): T;
}
/** An append-only typed array; amortized O(1) push. */
export declare class Growable<T extends TypedArray> {
    #private;
    constructor(make: TypedArrayConstructor<T>, capacity?: number);
    get length(): number;
    push(value: number): void;
    /** Sets an existing position, growing (and filling with `fill`) when needed. */
    setAt(index: number, value: number, fill: number): void;
    get(index: number): number;
    /** The filled part, as a view (no copy). */
    view(): T;
}
export {};
