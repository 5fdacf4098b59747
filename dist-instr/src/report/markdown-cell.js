// One Markdown table cell, safe to paste into a wiki or a merge request: every character that Markdown or a GFM table
// would read as syntax (pipe, backslash, emphasis, code, link brackets, HTML angle brackets) is escaped with a
// backslash in one pass, and line breaks become spaces (a row is one line). Escaping the backslash in the same pass as
// the pipe matters: escaping it afterwards turns `\|` into `\\|`, a literal backslash and then a cell border.
const SYNTAX = /[\\|`*_[\]<>]/g;
/** `text` as the content of one GFM table cell (or any inline Markdown). O(length). */
export function markdownCell(text) {
    return String(text)
        .replace(/[\r\n]+/g, ' ')
        .replace(SYNTAX, (char) => `\\${char}`);
}
