// Turns scanned CSV records into events: maps columns, samples the first rows to choose the timestamp format, parses
// timestamps, interns labels from bytes, and sets bad rows aside with their line and reason.
import { UserError } from '../../errors.js';
import { NONE } from '../../log/dictionary.js';
import { detectTimestampFormat, parserForFormat } from '../timestamp/choose-timestamp-parser.js';
import { ByteInterner } from './byte-interner.js';
import { cloneRecord, CsvScanner, fieldText, recordText } from './csv-scanner.js';
import { detectColumns } from './detect-columns.js';
import { detectDelimiter } from './detect-delimiter.js';
/** Rows read before the timestamp format is chosen from their values. */
const SAMPLE_ROWS = 500;
/** Per-input state: header, mapping, timestamp parsers, and the rows held back while sampling timestamps. */
export class CsvRows {
    file;
    builder;
    options;
    sink;
    delimiter = ',';
    #header;
    #mapping = {};
    #labels = {};
    #attributes = [];
    #pending = [];
    #time;
    #start;
    /** Called once the header is mapped and the timestamp formats chosen (after the sampled rows). */
    onReady;
    /** With `preset`, the first record is data: header, mapping and timestamp formats come from the preset. */
    constructor(file, builder, options, sink, preset) {
        this.file = file;
        this.builder = builder;
        this.options = options;
        this.sink = sink;
        if (preset) {
            this.#setHeader([...preset.header]);
            this.#pending = undefined;
            const zone = options.timezone ?? 'UTC';
            this.#time = parserForFormat(preset.timestampFormat, zone);
            if (preset.startTimestampFormat !== undefined)
                this.#start = parserForFormat(preset.startTimestampFormat, zone);
        }
    }
    /**
     * A scanner feeding these rows, its delimiter `--delimiter` or detected from the first chunk. `onInvalidUtf8` checks
     * the bytes are UTF-8 (omit it for transcoded input, which is UTF-8 by construction).
     */
    scannerFor(firstChunk, onInvalidUtf8) {
        const delimiter = this.options.delimiter ?? detectDelimiter(firstChunk);
        if (delimiter.length !== 1)
            throw new UserError(`--delimiter must be one character, got ${JSON.stringify(delimiter)}`);
        this.delimiter = delimiter;
        return new CsvScanner(delimiter.charCodeAt(0), (record) => this.onRecord(record), onInvalidUtf8);
    }
    onRecord(record) {
        if (!this.#header) {
            this.#setHeader(Array.from({ length: record.count }, (_, i) => fieldText(record, i)));
            return;
        }
        const pending = this.#pending;
        if (pending) {
            pending.push(cloneRecord(record));
            if (pending.length >= SAMPLE_ROWS)
                this.#flushPending();
            return;
        }
        this.#accept(record);
    }
    finish(encoding) {
        if (!this.#header)
            throw new UserError('the file is empty: expected a header line and data rows', { file: this.file });
        this.#flushPending();
        const header = this.#header;
        const mapping = {};
        for (const [role, index] of Object.entries(this.#mapping))
            mapping[role] = header[index] ?? '';
        const format = this.#time?.description ?? 'none';
        const start = this.#start && this.#start.description !== format ? `; start: ${this.#start.description}` : '';
        if (encoding !== 'utf-8')
            this.sink.warnings.push(`${this.file}: decoded from ${encoding}`);
        return { mapping, timestampFormat: format + start };
    }
    #setHeader(header) {
        this.#header = header.map((name, i) => name.replace(/^\uFEFF/, '').trim() || `column${i + 1}`);
        const mapping = detectColumns(this.#header, this.options.columns ?? {}, this.file);
        this.#mapping = mapping;
        const builder = this.builder;
        const column = (index, intern) => index === undefined ? undefined : { index, bytes: new ByteInterner(), intern };
        this.#labels = {
            activity: column(mapping.activity, (text) => builder.activities.id(text)),
            resource: column(mapping.resource, (text) => builder.resources.id(text)),
            role: column(mapping.role, (text) => builder.roles.id(text)),
            decision: column(mapping.decision, (text) => builder.decisions.id(text)),
        };
        const mapped = new Set(Object.values(mapping));
        this.#attributes = this.#header.flatMap((name, index) => {
            if (mapped.has(index))
                return [];
            const caseLevel = name.startsWith('case:');
            const attribute = builder.attribute(caseLevel ? name.slice(5) : name, caseLevel ? 'case' : 'event');
            const labelColumn = column(index, (text) => (text === '' ? NONE : attribute.values.intern(text)));
            return [{ column: labelColumn, builder: attribute, caseLevel }];
        });
    }
    #flushPending() {
        const pending = this.#pending;
        if (!pending)
            return;
        this.#pending = undefined;
        this.#time = this.#chooseParser(pending, this.#mapping.timestamp);
        if (this.#mapping.startTimestamp !== undefined)
            this.#start = this.#chooseParser(pending, this.#mapping.startTimestamp);
        for (const record of pending)
            this.#accept(record);
        const preset = { header: this.#header ?? [], timestampFormat: this.#time.format };
        this.onReady?.(this.#start ? { ...preset, startTimestampFormat: this.#start.format } : preset);
    }
    #chooseParser(pending, column) {
        const zone = this.options.timezone ?? 'UTC';
        if (this.options.timestampFormat)
            return parserForFormat(this.options.timestampFormat, zone);
        const index = column ?? -1;
        const samples = pending.filter((record) => record.count > index).map((record) => fieldText(record, index));
        const detected = detectTimestampFormat(samples, zone, JSON.stringify(this.#header?.[index] ?? ''));
        if (detected.warning)
            this.sink.warnings.push(`${this.file}: ${detected.warning}`);
        return detected.parser;
    }
    #reject(record, reason, detail) {
        if (this.options.strict)
            throw new UserError(`${reason}${detail ? ` ${detail}` : ''} (--strict)`, { file: this.file, line: record.line });
        const row = { file: this.file, line: record.line, reason, text: recordText(record) };
        this.sink.rejected.push(detail === undefined ? row : { ...row, detail });
    }
    /** Id of a label field, decoding its bytes only when this spelling was not seen before. */
    #label(record, column) {
        const i = column.index;
        const from = record.starts[i];
        const to = record.ends[i];
        if (from === to)
            return NONE; // every label column reads an empty field as no value
        if (record.escaped[i] === 1)
            return column.intern(fieldText(record, i));
        const known = column.bytes.get(record.data, from, to);
        if (known !== -2)
            return known;
        const id = column.intern(fieldText(record, i));
        column.bytes.set(record.data, from, to, id);
        return id;
    }
    #lastCase = Buffer.alloc(256);
    #lastCaseLength = -1;
    #lastCaseIndex = NONE;
    /** Case index of the row: exports list a case's events together, so first compare with the previous row's id. */
    #caseOf(record) {
        const column = this.#mapping.case;
        const data = record.data;
        const from = record.starts[column];
        const to = record.ends[column];
        const length = to - from;
        if (length === this.#lastCaseLength) {
            const last = this.#lastCase;
            let same = true;
            for (let i = 0; i < length && same; i++)
                same = data[from + i] === last[i];
            if (same)
                return this.#lastCaseIndex;
        }
        let index;
        if (record.escaped[column] === 0 && isTrimmed(data, from, to))
            index = this.builder.caseIndexOfBytes(data, from, to);
        else {
            const id = fieldText(record, column).trim();
            index = id === '' ? NONE : this.builder.caseIndex(id);
        }
        if (length <= this.#lastCase.length && record.escaped[column] === 0) {
            // A byte loop: ids are short, and Buffer.copy's call into C++ costs more than copying them here.
            const last = this.#lastCase;
            for (let i = 0; i < length; i++)
                last[i] = data[from + i];
            this.#lastCaseLength = length;
            this.#lastCaseIndex = index;
        }
        else
            this.#lastCaseLength = -1;
        return index;
    }
    #timestamp(record, index, parser) {
        if (parser.parseBytes && record.escaped[index] === 0) {
            const time = parser.parseBytes(record.data, record.starts[index], record.ends[index]);
            if (!Number.isNaN(time))
                return time;
        }
        return parser.parse(fieldText(record, index));
    }
    #accept(record) {
        this.sink.rowsRead++;
        const header = this.#header;
        if (record.count !== header.length)
            return this.#reject(record, 'wrong field count', `expected ${header.length} fields, found ${record.count}`);
        const mapping = this.#mapping;
        const labels = this.#labels;
        const activityIndex = mapping.activity;
        if (isBlank(record, activityIndex))
            return this.#reject(record, 'empty activity');
        const caseIndexColumn = mapping.case;
        if (isBlank(record, caseIndexColumn))
            return this.#reject(record, 'empty case id');
        const timeIndex = mapping.timestamp;
        const time = this.#timestamp(record, timeIndex, this.#time);
        if (Number.isNaN(time)) {
            const text = fieldText(record, timeIndex);
            if (text.trim() === '')
                return this.#reject(record, 'empty timestamp');
            return this.#reject(record, 'unparsable timestamp', `${JSON.stringify(text)} is not ${this.#time?.description}`);
        }
        let start = NaN;
        const startIndex = mapping.startTimestamp;
        if (this.#start && startIndex !== undefined && !isBlank(record, startIndex)) {
            start = this.#timestamp(record, startIndex, this.#start);
            if (Number.isNaN(start)) {
                return this.#reject(record, 'unparsable start timestamp', `${JSON.stringify(fieldText(record, startIndex))} is not ${this.#start.description}`);
            }
        }
        // Labels are interned only once the row is known to be good, so a rejected row leaves no label behind.
        const activity = this.#label(record, labels.activity);
        if (activity === NONE)
            return this.#reject(record, 'empty activity');
        const caseIndex = this.#caseOf(record);
        const event = this.builder.push(caseIndex, activity, time, start, labels.resource ? this.#label(record, labels.resource) : NONE, labels.role ? this.#label(record, labels.role) : NONE, labels.decision ? this.#label(record, labels.decision) : NONE);
        for (const attribute of this.#attributes) {
            const i = attribute.column.index;
            if (record.starts[i] === record.ends[i])
                continue;
            const id = this.#label(record, attribute.column);
            if (id === NONE)
                continue;
            if (!attribute.caseLevel)
                attribute.builder.set(event, id);
            else if (attribute.builder.ids.length <= caseIndex || attribute.builder.ids.get(caseIndex) === NONE)
                attribute.builder.set(caseIndex, id);
        }
    }
}
/**
 * True when `data[from, to)` is not empty and starts and ends with a byte that is ASCII and not white space, so
 * `String.prototype.trim` would leave its text as it is (every other white space it removes is non-ASCII).
 */
function isTrimmed(data, from, to) {
    if (from >= to)
        return false;
    const first = data[from];
    const last = data[to - 1];
    return first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80;
}
/** True when the field is empty or only spaces/tabs. */
function isBlank(record, index) {
    const data = record.data;
    for (let at = record.starts[index]; at < record.ends[index]; at++) {
        const byte = data[at];
        if (byte !== 0x20 && byte !== 0x09)
            return false;
    }
    return true;
}
