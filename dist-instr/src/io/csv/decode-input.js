// Brings any supported text encoding to UTF-8 byte chunks for the scanner: UTF-8 (BOM stripped) passes through
// untouched; UTF-16 (by BOM) and legacy encodings such as windows-1256 are transcoded with the platform's TextDecoder.
import { UserError } from '../../errors.js';
function isUtf8Name(name) {
    return /^utf-?8$/i.test(name.trim());
}
/**
 * Wraps byte chunks: detects a BOM, applies `--encoding`, and yields UTF-8 chunks. A chunk may be valid only until the
 * next is asked for (see Input.chunks); transcoded chunks are fresh.
 */
export async function decodeInput(source, encoding, file) {
    const iterator = source[Symbol.asyncIterator]();
    const head = await iterator.next();
    const first = head.done ? Buffer.alloc(0) : head.value;
    let label = encoding && !isUtf8Name(encoding) ? encoding.trim().toLowerCase() : 'utf-8';
    let skip = 0;
    if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf)
        skip = 3;
    else if (first[0] === 0xff && first[1] === 0xfe)
        label = 'utf-16le';
    else if (first[0] === 0xfe && first[1] === 0xff)
        label = 'utf-16be';
    const rest = async function* () {
        let done = head.done === true;
        try {
            if (done)
                return;
            yield skip > 0 ? first.subarray(skip) : first;
            for (;;) {
                const next = await iterator.next();
                done = next.done === true;
                if (done)
                    return;
                yield next.value;
            }
        }
        finally {
            // A reader that stops early (a bad row with --strict) must still close the file.
            if (!done)
                await iterator.return?.();
        }
    };
    if (label === 'utf-8')
        return { encoding: 'utf-8', chunks: rest() };
    let decoder;
    try {
        decoder = new TextDecoder(label, { ignoreBOM: false });
    }
    catch {
        throw new UserError(`unknown encoding ${JSON.stringify(encoding)}: use a WHATWG encoding name such as utf-8, utf-16le or windows-1256`, { file });
    }
    const transcoded = async function* () {
        for await (const chunk of rest()) {
            const text = decoder.decode(chunk, { stream: true });
            if (text)
                yield Buffer.from(text, 'utf8');
        }
        const tail = decoder.decode();
        if (tail)
            yield Buffer.from(tail, 'utf8');
    };
    return { encoding: decoder.encoding, chunks: transcoded() };
}
