// Turns the bytes of an XML file into text chunks for the parser: the encoding comes from `--encoding`, else a
// byte-order mark, else the XML declaration (`<?xml ... encoding="..."?>`), else UTF-8. Invalid bytes are an error,
// never silently replaced.
import { isUtf8 } from 'node:buffer';
import { UserError } from '../../errors.js';
/** Bytes read before choosing the encoding: enough for any XML declaration. */
const DECLARATION_BYTES = 256;
const DECLARED = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;
/** Chooses the encoding from the first bytes; O(1) beyond the first chunk. */
function chooseEncoding(first, explicit) {
    if (explicit !== undefined && explicit.trim() !== '')
        return explicit.trim().toLowerCase();
    if (first[0] === 0xff && first[1] === 0xfe)
        return 'utf-16le';
    if (first[0] === 0xfe && first[1] === 0xff)
        return 'utf-16be';
    const head = first.subarray(0, 200).toString('latin1').replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '');
    return DECLARED.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
}
/**
 * Decodes `stream` incrementally (a character split across chunks is kept whole). `onBytes` is told the running byte
 * count, for progress. Throws a UserError naming the encoding when the bytes are not valid in it.
 */
export async function decodeXml(stream, explicit, file, onBytes) {
    const iterator = stream[Symbol.asyncIterator]();
    // The declaration must be seen whole before the encoding is chosen, however small the first chunks are.
    const opening = [];
    let openingBytes = 0;
    let ended = false;
    while (openingBytes < DECLARATION_BYTES) {
        const next = await iterator.next();
        if (next.done) {
            ended = true;
            break;
        }
        opening.push(next.value);
        openingBytes += next.value.length;
    }
    const first = Buffer.concat(opening);
    const head = ended && first.length === 0 ? { done: true, value: undefined } : { done: false, value: first };
    const label = chooseEncoding(first, explicit);
    const invalid = (encoding) => new UserError(`the file is not valid ${encoding}: pass --encoding with the encoding it was written in (e.g. --encoding windows-1252)`, { file });
    let decode;
    let encoding;
    if (label === 'utf-8' || label === 'utf8') {
        // The common case, on the native fast paths: validate (simdutf) then decode, carrying a character split
        // between chunks over to the next one. TextDecoder's fatal mode is several times slower.
        encoding = 'utf-8';
        let carry = Buffer.alloc(0);
        let atStart = true;
        decode = (chunk) => {
            if (chunk === undefined) {
                if (carry.length > 0)
                    throw invalid(encoding);
                return '';
            }
            let bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
            if (atStart && bytes.length >= 3) {
                atStart = false;
                if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
                    bytes = bytes.subarray(3);
            }
            const cut = completeLength(bytes);
            carry = Buffer.from(bytes.subarray(cut));
            const whole = bytes.subarray(0, cut);
            if (!isUtf8(whole))
                throw invalid(encoding);
            return whole.toString('utf8');
        };
    }
    else {
        let decoder;
        try {
            decoder = new TextDecoder(label, { fatal: true });
        }
        catch {
            throw new UserError(`unknown encoding ${JSON.stringify(label)}: use a WHATWG encoding name such as utf-8, utf-16le or windows-1252`, { file });
        }
        encoding = decoder.encoding;
        decode = (chunk) => {
            try {
                return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
            }
            catch (error) {
                if (error instanceof TypeError)
                    throw invalid(encoding);
                throw error;
            }
        };
    }
    const chunks = async function* () {
        let bytes = 0;
        let next = head;
        try {
            while (!next.done) {
                bytes += next.value.length;
                onBytes?.(bytes);
                yield decode(next.value);
                next = await iterator.next();
            }
            yield decode();
        }
        finally {
            // Stops reading (and closes the file) when the parser gave up early.
            if (!next.done)
                await iterator.return?.();
        }
    };
    return { encoding, chunks: chunks() };
}
/** Length of `bytes` without a UTF-8 sequence cut off at its end (at most 3 bytes are looked at). */
function completeLength(bytes) {
    const end = bytes.length;
    for (let back = 1; back <= 3 && back <= end; back++) {
        const byte = bytes[end - back];
        if ((byte & 0xc0) === 0x80)
            continue;
        const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
        return needed > back ? end - back : end;
    }
    return end;
}
