// Encodes text as windows-1256 (the legacy Arabic/Persian Windows code page) for the --encoding fixture. Node can
// decode windows-1256 (TextDecoder) but not encode it, so the table is built by decoding all 256 bytes once:
// no hand-typed table and no dependency.
let table;
function encoderTable() {
    if (table)
        return table;
    const decoder = new TextDecoder('windows-1256');
    table = new Map();
    for (let byte = 0; byte < 256; byte++) {
        const char = decoder.decode(Uint8Array.of(byte));
        if (char !== '\uFFFD' && !table.has(char))
            table.set(char, byte);
    }
    return table;
}
/**
 * Text → windows-1256 bytes. The code page predates Persian yeh (ی) and Persian digits, so, like legacy exports,
 * ی is written as Arabic ي and digits as Latin digits. Throws on any other character the code page lacks. O(n).
 */
export function encodeWindows1256(text) {
    const map = encoderTable();
    const legacy = text.replace(/\u06CC/g, '\u064A').replace(/[\u06F0-\u06F9]/g, (d) => String.fromCharCode(48 + d.charCodeAt(0) - 0x06f0));
    const bytes = Buffer.alloc(legacy.length);
    let at = 0;
    for (const char of legacy) {
        const byte = map.get(char);
        if (byte === undefined)
            throw new Error(`windows-1256 cannot encode ${JSON.stringify(char)} (U+${char.codePointAt(0)?.toString(16).toUpperCase()})`);
        bytes[at++] = byte;
    }
    return bytes.subarray(0, at);
}
