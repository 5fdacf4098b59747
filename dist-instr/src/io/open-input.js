// Opens an input as raw bytes: a file, `-` for standard input, gunzipped when it is gzip (by magic bytes).
// A plain file is read through one reused buffer: allocating a fresh 1 MiB buffer per chunk, as a stream does, leaves
// the allocator fragmented and the resident memory of a 2.5M-event ingest tens of MB higher.
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { open as openFile } from 'node:fs/promises';
import { PassThrough, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { UserError } from '../errors.js';
const CHUNK = 1 << 20;
/**
 * Describes `name` as an Input; throws a UserError when the file does not exist. `onBytes` hears how many raw
 * (compressed, for .gz) bytes have been read so far, for a progress bar.
 */
export function inputFor(name, onBytes) {
    if (name === '-')
        return stdinInput(onBytes);
    let size;
    try {
        const stat = statSync(name);
        if (stat.isDirectory())
            throw new UserError(`${name} is a directory, not a log file`);
        size = stat.size;
    }
    catch (error) {
        if (error instanceof UserError)
            throw error;
        throw new UserError(`cannot read ${name}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
    }
    const stream = () => gunzipIfNeeded(counted(createReadStream(name, { highWaterMark: CHUNK }), onBytes));
    const plain = !isGzipFile(name);
    return {
        name,
        size,
        plain,
        onBytes,
        head: async () => {
            // Not counted for progress: only the first chunk, read again by the reader.
            for await (const chunk of gunzipIfNeeded(createReadStream(name, { highWaterMark: CHUNK, end: CHUNK - 1 })))
                return chunk;
            return Buffer.alloc(0);
        },
        open: stream,
        chunks: () => (plain ? fileRange(name, 0, Infinity, onBytes) : stream()),
    };
}
/** Standard input, read once: the head is kept so that sniffing the format does not lose it. */
function stdinInput(onBytes) {
    let source;
    let first;
    const iterator = () => (source ??= gunzipIfNeeded(counted(process.stdin, onBytes))[Symbol.asyncIterator]());
    const peek = async () => (first ??= await iterator().next());
    const all = async function* () {
        const head = await peek();
        if (head.done)
            return;
        yield head.value;
        for (let next = await iterator().next(); !next.done; next = await iterator().next())
            yield next.value;
    };
    return {
        name: '-',
        size: undefined,
        plain: false,
        onBytes,
        head: async () => {
            const head = await peek();
            return head.done ? Buffer.alloc(0) : head.value;
        },
        open: () => Readable.from(all(), { objectMode: false }),
        chunks: all,
    };
}
function counted(source, onBytes) {
    if (onBytes) {
        let bytes = 0;
        source.on('data', (chunk) => {
            bytes += chunk.length;
            onBytes(bytes);
        });
    }
    return source;
}
function isGzipFile(name) {
    const magic = Buffer.alloc(2);
    let fd;
    try {
        fd = openSync(name, 'r');
    }
    catch (error) {
        throw new UserError(`cannot read ${name}: ${error.message}`);
    }
    try {
        return readSync(fd, magic, 0, 2, 0) === 2 && magic[0] === 0x1f && magic[1] === 0x8b;
    }
    finally {
        closeSync(fd);
    }
}
/**
 * Bytes `start` to `end` (exclusive; to the end of the file when larger) of a plain file, through one reused 1 MiB
 * buffer: a chunk is valid until the next is asked for. `onBytes` hears the bytes read so far in this range.
 */
export async function* fileRange(name, start, end, onBytes) {
    const handle = await openFile(name, 'r');
    const buffer = Buffer.allocUnsafe(CHUNK);
    let position = start;
    try {
        while (position < end) {
            const { bytesRead } = await handle.read(buffer, 0, Math.min(CHUNK, end - position), position);
            if (bytesRead === 0)
                return;
            position += bytesRead;
            onBytes?.(position - start);
            yield buffer.subarray(0, bytesRead);
        }
    }
    finally {
        await handle.close();
    }
}
/** Peeks at the first two bytes and inserts a gunzip stage for gzip data (1f 8b), whatever the file is called. */
function gunzipIfNeeded(source) {
    const out = new PassThrough({ highWaterMark: CHUNK });
    let decided = false;
    source.on('error', (error) => out.destroy(error));
    source.once('readable', () => {
        if (decided)
            return;
        decided = true;
        const head = source.read(2);
        if (!head) {
            out.end();
            return;
        }
        source.unshift(head);
        if (head[0] === 0x1f && head[1] === 0x8b) {
            const gunzip = createGunzip({ chunkSize: CHUNK });
            gunzip.on('error', (error) => out.destroy(new UserError(`invalid gzip data: ${error.message}`)));
            source.pipe(gunzip).pipe(out);
        }
        else {
            source.pipe(out);
        }
    });
    source.once('end', () => {
        if (!decided)
            out.end();
    });
    return out;
}
