// Writes command output: to standard output, or atomically to a file (a temporary file in the same folder, then
// rename), so a job killed midway never leaves half a report.

import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { UserError } from '../errors.js';

/** Text or bytes, or text in chunks to be written one after the other (each chunk encoded on its own). */
export type OutputContent = string | Uint8Array | readonly string[];

/**
 * Writes the chunks to the open file `fd`, each encoded as UTF-8 on its own into one reused buffer (fresh memory for
 * every chunk of a 25 MB report cost more than the encoding), every byte (writeSync may write part).
 */
function writeChunksSync(fd: number, chunks: readonly string[]): void {
  let buffer = Buffer.allocUnsafe(0);
  for (const chunk of chunks) {
    // At most 3 bytes of UTF-8 per UTF-16 unit, so the whole chunk fits.
    if (buffer.length < 3 * chunk.length) buffer = Buffer.allocUnsafe(3 * chunk.length);
    const size = buffer.write(chunk, 0, 'utf8');
    for (let written = 0; written < size; ) written += writeSync(fd, buffer, written, size - written);
  }
}

/** Writes `content` to `file` atomically, creating its folder. */
export function writeFileAtomic(file: string, content: OutputContent): void {
  const folder = dirname(file);
  mkdirSync(folder, { recursive: true });
  const temporary = join(folder, `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    if (typeof content === 'string' || content instanceof Uint8Array) writeFileSync(temporary, content);
    else {
      const fd = openSync(temporary, 'w');
      try {
        writeChunksSync(fd, content);
      } finally {
        closeSync(fd);
      }
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new UserError(`cannot write ${file}: ${(error as Error).message}`);
  }
}

/** Writes to `file` when given, else to standard output. */
export function writeOutput(content: OutputContent, file: string | undefined): void {
  if (file !== undefined && file !== '-') writeFileAtomic(file, content);
  else if (typeof content === 'string' || content instanceof Uint8Array) process.stdout.write(content);
  else for (const chunk of content) process.stdout.write(chunk);
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
