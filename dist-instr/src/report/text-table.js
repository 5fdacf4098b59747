// The one plain-text table of the text renderers: columns padded to their widest cell and separated by two spaces,
// numbers right-aligned. Widths are terminal columns (string-width): Persian and Arabic letters count one, zero-width
// joiners and non-joiners (common in Persian, e.g. «می‌شود») and combining marks none, East Asian wide characters two,
// and colour codes none, so a coloured or Persian cell no longer pushes its row out of line.
import stringWidth from 'string-width';
/** Placeholders that do not make a column non-numeric. */
const PLACEHOLDERS = new Set(['', '—', '…', '-']);
/** A number as the renderers print it: Latin, Persian or Arabic digits, grouping, a decimal point, a percent sign. */
const NUMBER = /^[+\-−]?[0-9۰-۹٠-٩][0-9۰-۹٠-٩,.٬٫]*%?$/;
/** True when `text` reads as a number (`1,234`, `0.75`, `12.5%`, `۱۲`). */
export function isNumeric(text) {
    return NUMBER.test(text);
}
/** Terminal columns `text` takes (see the module comment). */
export function displayWidth(text) {
    return stringWidth(text);
}
/**
 * The lines of a table of `rows` (and `options.header`): each column as wide as its widest cell, cells joined by two
 * spaces, right-aligned columns padded on the left, trailing spaces trimmed. Rows may be shorter than others.
 * O(cells).
 */
export function textTable(rows, options = {}) {
    const { header, align = [], indent = '  ' } = options;
    const all = header ? [header, ...rows] : rows;
    const columns = Math.max(0, ...all.map((row) => row.length));
    const widths = [];
    const right = [];
    for (let i = 0; i < columns; i++) {
        widths.push(Math.max(0, ...all.map((row) => displayWidth(row[i] ?? ''))));
        const wanted = align[i] ?? 'auto';
        const cells = rows.map((row) => row[i] ?? '').filter((cell) => !PLACEHOLDERS.has(cell));
        right.push(wanted === 'right' || (wanted === 'auto' && cells.length > 0 && cells.every(isNumeric)));
    }
    const line = (row) => indent +
        row
            .map((cell, i) => {
            const pad = ' '.repeat(widths[i] - displayWidth(cell));
            return right[i] ? pad + cell : cell + pad;
        })
            .join('  ')
            .trimEnd();
    return all.map(line);
}
