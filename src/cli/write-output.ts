// Writes command output: to standard output, or atomically to a file (a temporary file in the same folder, then
// rename), so a job killed midway never leaves half a report.

import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { UserError } from '../errors.js';

/** Writes `content` to `file` atomically, creating its folder. */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  const folder = dirname(file);
  mkdirSync(folder, { recursive: true });
  const temporary = join(folder, `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new UserError(`cannot write ${file}: ${(error as Error).message}`);
  }
}

/**
 * Writes text that `produce` hands to its sink in chunks: to `file` atomically (a temporary file in the same folder,
 * then rename) when given, else to standard output. Memory stays at about one chunk however long the text.
 */
export function writeOutputChunks(produce: (sink: (chunk: string) => void) => void, file: string | undefined): void {
  if (file === undefined || file === '-') {
    produce((chunk) => process.stdout.write(chunk));
    return;
  }
  const folder = dirname(file);
  const temporary = join(folder, `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    mkdirSync(folder, { recursive: true });
    fd = openSync(temporary, 'w');
    const out = fd;
    produce((chunk) => {
      const bytes = Buffer.from(chunk, 'utf8');
      for (let written = 0; written < bytes.length; ) written += writeSync(out, bytes, written);
    });
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
export function writeOutput(content: string | Uint8Array, file: string | undefined): void {
  if (file === undefined || file === '-') process.stdout.write(content);
  else writeFileAtomic(file, content);
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
