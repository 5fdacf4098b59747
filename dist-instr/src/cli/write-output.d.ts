/** Text or bytes, or text in chunks to be written one after the other (each chunk encoded on its own). */
export type OutputContent = string | Uint8Array | readonly string[];
/** Writes `content` to `file` atomically, creating its folder. */
export declare function writeFileAtomic(file: string, content: OutputContent): void;
/**
 * Writes text that `produce` hands to its sink in pieces: to `file` atomically (a temporary file in the same folder,
 * then rename) when given, else to standard output, a megabyte at a time. Memory stays at about one batch however
 * long the text.
 */
export declare function writeOutputChunks(produce: (sink: (piece: string) => void) => void, file: string | undefined): void;
/** Writes to `file` when given, else to standard output. */
export declare function writeOutput(content: OutputContent, file: string | undefined): void;
/**
 * The output format: `--format` when given, else from the `-o` file's extension (`.json` → json, `.md` → md, …),
 * else `fallback`. Throws a UserError listing the formats when the choice is not one of `formats`.
 */
export declare function chooseFormat<F extends string>(format: string | undefined, file: string | undefined, formats: readonly F[], fallback: F): F;
