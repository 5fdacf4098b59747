// Renders generated rows as an export would look: ISO or Jalali dates (Latin, Persian or mixed digits), English or
// Persian header, an optional start-time column, and the planted bad rows written the way broken exports break.
import { toJalaali } from 'jalaali-js';
import { toPersianDigits } from '../../src/log/normalize-label.js';
const HEADERS = {
    en: ['case_id', 'activity', 'start_timestamp', 'timestamp', 'user', 'department', 'decision'],
    fa: ['شماره پرونده', 'مرحله', 'زمان شروع', 'تاریخ', 'کارشناس', 'واحد', 'نتیجه'],
};
const pad2 = (n) => (n < 10 ? `0${n}` : String(n));
const CLOCK = Array.from({ length: 1440 }, (_, m) => `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`);
const DAY_MS = 86_400_000;
/** Date and time text, cached per day (a log spans at most a few thousand days). */
class DateFormatter {
    dates;
    #days = new Map();
    constructor(dates) {
        this.dates = dates;
    }
    format(ms) {
        const day = Math.floor(ms / DAY_MS);
        let date = this.#days.get(day);
        if (date === undefined) {
            const d = new Date(day * DAY_MS);
            if (this.dates === 'iso')
                date = d.toISOString().slice(0, 10);
            else {
                const j = toJalaali(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
                date = `${j.jy}/${pad2(j.jm)}/${pad2(j.jd)}`;
            }
            this.#days.set(day, date);
        }
        const clock = CLOCK[Math.floor((ms - day * DAY_MS) / 60_000)];
        return this.dates === 'iso' ? `${date}T${clock}:00` : `${date} ${clock}`;
    }
}
function quote(field, delimiter) {
    if (!field.includes(delimiter) && !/["\r\n]/.test(field))
        return field;
    return `"${field.replaceAll('"', '""')}"`;
}
/** A renderer of rows to CSV lines with fixed options; `line(row, index)` uses the row index to pick digit styles. */
export class CsvRenderer {
    #dates;
    #options;
    constructor(options = {}) {
        const dates = options.dates ?? 'iso';
        this.#options = {
            dates,
            digits: options.digits ?? 'latin',
            header: options.header ?? (dates === 'jalali' ? 'fa' : 'en'),
            startColumn: options.startColumn ?? false,
            delimiter: options.delimiter ?? ',',
        };
        this.#dates = new DateFormatter(dates);
    }
    /** The header line, with its line break. */
    header() {
        const names = HEADERS[this.#options.header].filter((_, i) => i !== 2 || this.#options.startColumn);
        return `${names.map((name) => quote(name, this.#options.delimiter)).join(this.#options.delimiter)}\n`;
    }
    /** One data line, with its line break. */
    line(row, index) {
        const { delimiter, startColumn } = this.#options;
        const persian = this.#options.digits === 'persian' || (this.#options.digits === 'mixed' && ((index * 2654435761) >>> 0) % 3 === 0);
        const date = (ms) => (persian ? toPersianDigits(this.#dates.format(ms)) : this.#dates.format(ms));
        let time = date(row.time);
        if (row.defect === 'bad-time')
            time = index % 2 === 0 ? (this.#options.header === 'fa' ? 'نامشخص' : 'unknown') : this.#options.dates === 'iso' ? '2024-13-45T25:61:00' : '1403/13/45 25:61';
        const fields = [row.defect === 'empty-case' ? '' : row.caseId, row.activity];
        if (startColumn)
            fields.push(date(row.start));
        fields.push(time, row.resource, row.role);
        if (row.defect !== 'field-count')
            fields.push(row.decision);
        return `${fields.map((field) => quote(field, delimiter)).join(delimiter)}\n`;
    }
}
/** The whole CSV text of `rows` (for small logs; stream large ones with {@link CsvRenderer}). O(rows). */
export function toCsv(rows, options = {}) {
    const renderer = new CsvRenderer(options);
    const parts = [renderer.header()];
    rows.forEach((row, index) => parts.push(renderer.line(row, index)));
    return parts.join('');
}
