import type { ReadOptions, ReadResult } from './read-options.js';
/** True when the first character, after a byte-order mark and white space, is `<` (in UTF-8 or UTF-16). */
export declare function looksLikeXml(head: Buffer): boolean;
/** Reads `inputs` (paths, or `-` for standard input) as one event log. */
export declare function readLog(inputs: readonly string[], options?: ReadOptions): Promise<ReadResult>;
