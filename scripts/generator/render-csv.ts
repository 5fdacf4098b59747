// Renders generated rows as an export would look: ISO or Jalali dates (Latin, Persian or mixed digits), English or
// Persian header, an optional start-time column, and the planted bad rows written the way broken exports break.

import { toJalaali } from 'jalaali-js';
import { toPersianDigits } from '../../src/log/normalize-label.js';
import type { DecisionKind, Language, StepKey } from './permit-process.js';
import type { DefectKind } from './planted-truth.js';

/** One generated event as written in the export (labels with the spelling the row uses). */
export interface GeneratedRow {
  readonly caseId: string;
  readonly step: StepKey;
  readonly activity: string;
  /** End time, epoch ms (wall-clock time read as UTC). */
  readonly time: number;
  /** Start time, epoch ms (the end of the previous event plus waiting). */
  readonly start: number;
  readonly resource: string;
  readonly role: string;
  /** Decision word as written; empty for events that are not signatures. */
  readonly decision: string;
  readonly decisionKind: DecisionKind | null;
  /** Set on the planted bad rows (copies of a real event, broken); readers must set these aside. */
  readonly defect?: DefectKind;
}

export interface CsvRenderOptions {
  /** `iso` writes `2024-04-20T08:15:00`; `jalali` writes `1403/02/01 08:15`. Default iso. */
  readonly dates?: 'iso' | 'jalali';
  /** Digits of the date fields: all Latin (default), all Persian, or Persian in about a third of the rows. */
  readonly digits?: 'latin' | 'persian' | 'mixed';
  /** Header language; default Persian for Jalali dates, English otherwise. */
  readonly header?: Language;
  /** Adds a start-time column. */
  readonly startColumn?: boolean;
  /** Field delimiter, default `,`. */
  readonly delimiter?: string;
}

const HEADERS: Readonly<Record<Language, readonly string[]>> = {
  en: ['case_id', 'activity', 'start_timestamp', 'timestamp', 'user', 'department', 'decision'],
  fa: ['شماره پرونده', 'مرحله', 'زمان شروع', 'تاریخ', 'کارشناس', 'واحد', 'نتیجه'],
};

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const CLOCK = Array.from({ length: 1440 }, (_, m) => `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`);
const DAY_MS = 86_400_000;

/** Date and time text, cached per day (a log spans at most a few thousand days). */
class DateFormatter {
  readonly #days = new Map<number, string>();
  constructor(readonly dates: 'iso' | 'jalali') {}

  format(ms: number): string {
    const day = Math.floor(ms / DAY_MS);
    let date = this.#days.get(day);
    if (date === undefined) {
      const d = new Date(day * DAY_MS);
      if (this.dates === 'iso') date = d.toISOString().slice(0, 10);
      else {
        const j = toJalaali(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
        date = `${j.jy}/${pad2(j.jm)}/${pad2(j.jd)}`;
      }
      this.#days.set(day, date);
    }
    const clock = CLOCK[Math.floor((ms - day * DAY_MS) / 60_000)] as string;
    return this.dates === 'iso' ? `${date}T${clock}:00` : `${date} ${clock}`;
  }
}

function quote(field: string, delimiter: string): string {
  if (!field.includes(delimiter) && !/["\r\n]/.test(field)) return field;
  return `"${field.replaceAll('"', '""')}"`;
}

/** A renderer of rows to CSV lines with fixed options; `line(row, index)` uses the row index to pick digit styles. */
export class CsvRenderer {
  readonly #dates: DateFormatter;
  readonly #options: Required<CsvRenderOptions>;

  constructor(options: CsvRenderOptions = {}) {
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
  header(): string {
    const names = HEADERS[this.#options.header].filter((_, i) => i !== 2 || this.#options.startColumn);
    return `${names.map((name) => quote(name, this.#options.delimiter)).join(this.#options.delimiter)}\n`;
  }

  /** One data line, with its line break. */
  line(row: GeneratedRow, index: number): string {
    const { delimiter, startColumn } = this.#options;
    const persian = this.#options.digits === 'persian' || (this.#options.digits === 'mixed' && ((index * 2654435761) >>> 0) % 3 === 0);
    const date = (ms: number): string => (persian ? toPersianDigits(this.#dates.format(ms)) : this.#dates.format(ms));
    let time = date(row.time);
    if (row.defect === 'bad-time') time = index % 2 === 0 ? (this.#options.header === 'fa' ? 'نامشخص' : 'unknown') : this.#options.dates === 'iso' ? '2024-13-45T25:61:00' : '1403/13/45 25:61';
    const fields = [row.defect === 'empty-case' ? '' : row.caseId, row.activity];
    if (startColumn) fields.push(date(row.start));
    fields.push(time, row.resource, row.role);
    if (row.defect !== 'field-count') fields.push(row.decision);
    return `${fields.map((field) => quote(field, delimiter)).join(delimiter)}\n`;
  }
}

/** The whole CSV text of `rows` (for small logs; stream large ones with {@link CsvRenderer}). O(rows). */
export function toCsv(rows: readonly GeneratedRow[], options: CsvRenderOptions = {}): string {
  const renderer = new CsvRenderer(options);
  const parts = [renderer.header()];
  rows.forEach((row, index) => parts.push(renderer.line(row, index)));
  return parts.join('');
}
