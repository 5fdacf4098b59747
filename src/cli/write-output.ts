// Writes command output: to standard output, or atomically to a file (a temporary file in the same folder, then
// rename), so a job killed midway never leaves half a report.

import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { UserError } from '../errors.js';

/** Text or bytes (text produced in pieces goes through {@link writeOutputChunks}). */
export type OutputContent = string | Uint8Array;

/** A hidden temporary name in `file`'s folder: renaming it onto `file` then replaces it at once. */
function temporaryBeside(file: string): string {
  return join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Writes `content` to `file` atomically, creating its folder. */
export function writeFileAtomic(file: string, content: OutputContent): void {
  const folder = dirname(file);
  mkdirSync(folder, { recursive: true });
  const temporary = temporaryBeside(file);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new UserError(`cannot write ${file}: ${(error as Error).message}`);
  }
}

/** Bytes gathered before a write. */
const BATCH_BYTES = 1 << 20;

/**
 * A sink for text or bytes handed over in pieces, many of them short: text encoded (UTF-8) and bytes copied into a
 * buffer, written out when full.
 * With `reuse`, `emit` must be done with the bytes when it returns (a synchronous write), and the same memory serves
 * every batch, a piece longer than a batch included (fresh memory per multi-megabyte case list of an audit cost more
 * in page faults than the encoding); otherwise `emit` may keep the buffer it is given.
 */
function batchingSink(emit: (bytes: Buffer) => void, reuse: boolean): { sink: (piece: string | Uint8Array) => void; end: () => void } {
  let buffer = Buffer.allocUnsafe(BATCH_BYTES);
  let used = 0;
  const flush = (): void => {
    if (used === 0) return;
    emit(buffer.subarray(0, used));
    if (!reuse) buffer = Buffer.allocUnsafe(BATCH_BYTES);
    used = 0;
  };
  const sink = (piece: string | Uint8Array): void => {
    if (typeof piece !== 'string') {
      // Bytes are valid only during the call: copied into the batch, or written at once when longer than a batch.
      if (used + piece.length > buffer.length) flush();
      if (piece.length > buffer.length) return emit(reuse ? Buffer.from(piece.buffer, piece.byteOffset, piece.length) : Buffer.from(piece));
      buffer.set(piece, used);
      used += piece.length;
      return;
    }
    // At most 3 bytes per UTF-16 unit: the bound decides without measuring the piece.
    if (used + 3 * piece.length > buffer.length) flush();
    if (3 * piece.length > buffer.length) {
      if (!reuse) return emit(Buffer.from(piece, 'utf8'));
      buffer = Buffer.allocUnsafe(3 * piece.length);
    }
    used += buffer.write(piece, used, 'utf8');
  };
  return { sink, end: flush };
}

/**
 * Writes text (or UTF-8 bytes, valid only during the call) that `produce` hands to its sink in pieces: to `file`
 * atomically (a temporary file in the same folder, then rename) when given, else to standard output, a megabyte at a
 * time. Memory stays at about one batch however long the text.
 */
export function writeOutputChunks(produce: (sink: (piece: string | Uint8Array) => void) => void, file: string | undefined): void {
  if (file === undefined || file === '-') {
    const { sink, end } = batchingSink((bytes) => process.stdout.write(bytes), false);
    produce(sink);
    end();
    return;
  }
  const folder = dirname(file);
  const temporary = temporaryBeside(file);
  let fd: number | undefined;
  try {
    mkdirSync(folder, { recursive: true });
    fd = openSync(temporary, 'w');
    const out = fd;
    const { sink, end } = batchingSink((bytes) => {
      for (let written = 0; written < bytes.length; ) written += writeSync(out, bytes, written);
    }, true);
    produce(sink);
    end();
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    if (typeof (error as NodeJS.ErrnoException).code === 'string') throw new UserError(`cannot write ${file}: ${(error as Error).message}`);
    throw error;
  }
}

/** Writes to `file` when given, else to standard output. */
export function writeOutput(content: OutputContent, file: string | undefined): void {
  if (file !== undefined && file !== '-') writeFileAtomic(file, content);
  else process.stdout.write(content);
}

/**
 * The output format: `--format` when given, else from the `-o` file's extension (`.json` → json, `.md` → md, …),
 * else `fallback`. Throws a UserError listing the formats when the choice is not one of `formats`.
 */
export function chooseFormat<F extends string>(format: string | undefined, file: string | undefined, formats: readonly F[], fallback: F): F {
  const aliases: Record<string, string> = { markdown: 'md', txt: 'text', htm: 'html', yml: 'yaml' };
  let chosen = format?.toLowerCase();
  if (chosen === undefined && file !== undefined && file !== '-') {
    const extension = extname(file.replace(/\.gz$/i, '')).slice(1).toLowerCase();
    chosen = extension === '' ? undefined : extension;
  }
  if (chosen === undefined) return fallback;
  chosen = aliases[chosen] ?? chosen;
  if (!(formats as readonly string[]).includes(chosen)) {
    throw new UserError(`unsupported format ${JSON.stringify(format ?? chosen)}: use one of ${formats.join(', ')}`);
  }
  return chosen as F;
}
