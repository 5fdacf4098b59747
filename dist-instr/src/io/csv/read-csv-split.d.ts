import type { LogBuilder } from '../../log/log-builder.js';
import { type Input } from '../open-input.js';
import type { InputInfo, ReadOptions, ReadSink } from '../read-options.js';
/**
 * Where to cut `input` for a split read, or undefined to read it on one thread: the file must be plain (not gzip),
 * UTF-8 (no `--encoding`, no UTF-16 byte-order mark), large enough, and the worker script present (it is not when
 * the sources run untranspiled, as under a test runner).
 */
export declare function splitPoint(input: Input, options: ReadOptions): number | undefined;
/**
 * Reads `input` split at byte `cut` (from {@link splitPoint}). Same result and diagnostics as a one-thread read. With
 * `defer` (the last input), the worker's events stay on its thread until the log is built (see builder-parts.ts).
 */
export declare function readCsvSplit(input: Input, builder: LogBuilder, options: ReadOptions, sink: ReadSink, cut: number, defer: boolean): Promise<InputInfo>;
