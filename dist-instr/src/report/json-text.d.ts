/** Text standing for a value: `text(indent)` is what `JSON.stringify(value, null, 2)` writes for it at that indent. */
export declare class JsonFragment {
    readonly text: (indent: string) => string;
    constructor(text: (indent: string) => string);
}
export interface JsonTextOptions {
    /**
     * Called with every object (or array) met on the way down, before any of its properties is read: an object to
     * write in its place (its keys in the same order; it may hold {@link JsonFragment}s), a {@link JsonFragment}, or
     * undefined to write it as it is. Objects with a `toJSON` method are left to it and not looked into.
     */
    readonly expand?: (value: object) => object | undefined;
}
/**
 * Writes `value` as `JSON.stringify(value, null, 2)` would (the same text, byte for byte), handed to `sink` in pieces
 * of at most a million characters (many are short: the sink gathers them), with the objects `expand` turns into
 * {@link JsonFragment}s written by them. `undefined` and functions at the top write nothing. O(size of the text);
 * long arrays are written element by element, so the text is never held whole.
 */
export declare function writeJson(value: unknown, sink: (piece: string) => void, options?: JsonTextOptions): void;
/** {@link writeJson} into one string. */
export declare function jsonText(value: unknown, options?: JsonTextOptions): string;
