// Writes text produced in chunks (a big converted log) to a file atomically: a temporary file in the same folder,
// gzipped when asked, then renamed over the target. Memory stays at one chunk; a killed job leaves no half file.
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { UserError } from '../errors.js';
/** Streams `chunks` into `file` (gzip-compressed when `gzip`), replacing it only once everything is written. */
export async function writeChunksAtomic(file, chunks, gzip) {
    const folder = dirname(file);
    const temporary = join(folder, `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
        mkdirSync(folder, { recursive: true });
        const stages = gzip ? [createGzip()] : [];
        await pipeline(Readable.from(chunks), ...stages, createWriteStream(temporary));
        renameSync(temporary, file);
    }
    catch (error) {
        rmSync(temporary, { force: true });
        if (typeof error.code === 'string')
            throw new UserError(`cannot write ${file}: ${error.message}`);
        throw error;
    }
}
/** Streams `chunks` to standard output, respecting back-pressure. */
export async function writeChunksToStdout(chunks, gzip) {
    const stages = gzip ? [createGzip()] : [];
    await pipeline(Readable.from(chunks), ...stages, process.stdout, { end: false });
}
