// Opens an input as a stream of raw bytes: a file, `-` for standard input, gunzipped when it is gzip (by magic bytes).

import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { PassThrough } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { UserError } from '../errors.js';

/** An input as readers see it. */
export interface Input {
  /** The name users gave (a path, or `-`). */
  readonly name: string;
  /** Size in bytes on disk when known (compressed size for .gz). */
  readonly size: number | undefined;
  /** A fresh byte stream, decompressed. */
  open(): Readable;
}

const CHUNK = 1 << 20;

/**
 * Describes `name` as an Input; throws a UserError when the file does not exist. `onBytes` hears how many raw
 * (compressed, for .gz) bytes have been read so far, for a progress bar.
 */
export function inputFor(name: string, onBytes?: (bytes: number) => void): Input {
  const counted = (source: Readable): Readable => {
    if (onBytes) {
      let bytes = 0;
      source.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        onBytes(bytes);
      });
    }
    return gunzipIfNeeded(source);
  };
  if (name === '-') return { name, size: undefined, open: () => counted(process.stdin) };
  let size: number;
  try {
    const stat = statSync(name);
    if (stat.isDirectory()) throw new UserError(`${name} is a directory, not a log file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot read ${name}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  return { name, size, open: () => counted(createReadStream(name, { highWaterMark: CHUNK })) };
}

/** Peeks at the first two bytes and inserts a gunzip stage for gzip data (1f 8b), whatever the file is called. */
function gunzipIfNeeded(source: Readable): Readable {
  const out = new PassThrough({ highWaterMark: CHUNK });
  let decided = false;
  source.on('error', (error) => out.destroy(error));
  source.once('readable', () => {
    if (decided) return;
    decided = true;
    const head = source.read(2) as Buffer | null;
    if (!head) {
      out.end();
      return;
    }
    source.unshift(head);
    if (head[0] === 0x1f && head[1] === 0x8b) {
      const gunzip = createGunzip({ chunkSize: CHUNK });
      gunzip.on('error', (error) => out.destroy(new UserError(`invalid gzip data: ${error.message}`)));
      source.pipe(gunzip).pipe(out);
    } else {
      source.pipe(out);
    }
  });
  source.once('end', () => {
    if (!decided) out.end();
  });
  return out;
}
