/**
 * Text → windows-1256 bytes. The code page predates Persian yeh (ی) and Persian digits, so, like legacy exports,
 * ی is written as Arabic ي and digits as Latin digits. Throws on any other character the code page lacks. O(n).
 */
export declare function encodeWindows1256(text: string): Buffer;
