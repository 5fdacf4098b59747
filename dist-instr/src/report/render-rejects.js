// The rows a reader set aside, as CSV (`--rejects FILE`): where each was, why, and the row itself.
import { csvLine } from './csv-cell.js';
/** CSV with columns file, line, reason, detail, row. O(rows). */
export function renderRejectsCsv(rows) {
    return csvLine(['file', 'line', 'reason', 'detail', 'row']) + rows.map((row) => csvLine([row.file, row.line, row.reason, row.detail ?? '', row.text])).join('');
}
