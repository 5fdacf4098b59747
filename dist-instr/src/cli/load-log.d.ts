import type { ReadResult } from '../io/read-options.js';
import { type ReaderFlags } from './reader-options.js';
/** How a command that reads several logs (`compare`) tells them apart. */
export interface LoadOptions {
    /** Prefix of the notes on stderr, e.g. `old`. */
    readonly label?: string;
    /** False when the caller writes `--rejects` itself (one file for several logs). Default true. */
    readonly writeRejects?: boolean;
}
/** Reads `inputs` (globs expanded); with `quiet`, says nothing on stderr and shows no progress bar. */
export declare function loadLog(inputs: readonly string[], flags: ReaderFlags & {
    readonly quiet?: boolean;
}, options?: LoadOptions): Promise<ReadResult>;
