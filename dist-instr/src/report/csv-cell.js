// One CSV cell, safe for spreadsheets: RFC 4180 quoting, and cells that a spreadsheet would run as a formula
// (starting with = + - @, tab or carriage return) are prefixed with a quote (OWASP's CSV-injection advice).
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\n\r]/;
/** Escapes and neutralizes one cell. Numbers are written as is (a negative number is data, not a formula). */
export function csvCell(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'number')
        return Number.isFinite(value) ? String(value) : '';
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    const safe = FORMULA_START.test(value) ? `'${value}` : value;
    return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
/** A CSV line from cells, with CRLF-free `\n` ending. */
export function csvLine(cells) {
    return `${cells.map(csvCell).join(',')}\n`;
}
