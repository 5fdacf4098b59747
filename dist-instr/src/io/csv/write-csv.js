// The CSV writer: an EventLog as RFC 4180 CSV, one row per event, produced in chunks so big logs stream to disk.
// The header is chosen so that redtape's own CSV reader maps every column back to the role it came from.
import { NONE } from '../../log/dictionary.js';
import { detectColumns } from './detect-columns.js';
/** Characters gathered before a chunk is handed out. */
const CHUNK_CHARS = 1 << 16;
/** Prefix given to an attribute whose name the reader would otherwise take for a mapped column. */
const RENAMED_PREFIX = 'original:';
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
/**
 * One RFC 4180 field: quoted when it holds a comma, quote or line break, or starts or ends with white space (which
 * readers may trim). Values are written as they are: this is a data file for tools, not a report, so cells that
 * look like spreadsheet formulas are not altered (that would change the data; reports neutralize them).
 */
export function csvField(value) {
    return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
/** The header names of the mapped columns, in order. */
const MAPPED = ['case', 'activity', 'timestamp', 'start_timestamp', 'resource', 'role', 'decision'];
/**
 * The log as CSV in chunks of about 64 KiB: header `case,activity,timestamp[,start_timestamp],resource,role,decision`,
 * then each event attribute, then each case attribute as `case:<name>` (repeated on every row of the case). Times
 * are ISO 8601 UTC with milliseconds; absent values are empty fields. Rows follow the log's order (by case, then
 * time). An attribute whose name the reader would map to a role (e.g. `start` when there is no start column) or take
 * for a case attribute (`case:…`) is written as `original:<name>`. O(n) in events and attributes.
 */
export function* writeCsv(log) {
    const start = log.startTime;
    const mapped = MAPPED.filter((name) => name !== 'start_timestamp' || start !== null);
    const columns = [
        ...log.eventAttributes.map((column) => ({ column, caseLevel: false, fields: [] })),
        ...log.caseAttributes.map((column) => ({ column, caseLevel: true, fields: [] })),
    ];
    yield `${[...mapped, ...attributeHeaders(columns, mapped)].map(csvField).join(',')}\n`;
    const label = (names) => names.map(csvField);
    const activities = label(log.activities.names);
    const resources = label(log.resources.names);
    const roles = label(log.roles.names);
    const decisions = label(log.decisions.names);
    let out = '';
    for (let c = 0; c < log.caseIds.length; c++) {
        const caseId = csvField(log.caseIds[c]);
        const to = log.caseStart[c + 1];
        for (let e = log.caseStart[c]; e < to; e++) {
            out += `${caseId},${activities[log.activity[e]]},${new Date(log.time[e]).toISOString()}`;
            if (start)
                out += `,${Number.isNaN(start[e]) ? '' : new Date(start[e]).toISOString()}`;
            const resource = log.resource[e];
            const role = log.role[e];
            const decision = log.decision[e];
            out += `,${resource === NONE ? '' : resources[resource]},${role === NONE ? '' : roles[role]},${decision === NONE ? '' : decisions[decision]}`;
            for (const column of columns)
                out += `,${field(column, column.caseLevel ? c : e)}`;
            out += '\n';
        }
        if (out.length >= CHUNK_CHARS) {
            yield out;
            out = '';
        }
    }
    if (out !== '')
        yield out;
}
/** The quoted field of a column's value at `index` (cached per distinct value). */
function field(out, index) {
    const id = out.column.ids[index];
    if (id === NONE)
        return '';
    let text = out.fields[id];
    if (text === undefined) {
        text = csvField(out.column.values.nameOf(id));
        out.fields[id] = text;
    }
    return text;
}
/**
 * Header names for the attribute columns: the attribute's name (`case:` + name for case attributes), renamed
 * where the reader's column detection would otherwise map it to a role instead of the column meant for it.
 */
function attributeHeaders(columns, mapped) {
    const names = columns.map(({ column, caseLevel }) => {
        if (caseLevel)
            return `case:${column.name}`;
        return column.name.startsWith('case:') ? `${RENAMED_PREFIX}${column.name}` : column.name;
    });
    const roles = Object.fromEntries(mapped.map((name, i) => [name === 'start_timestamp' ? 'startTimestamp' : name, i]));
    // Each pass renames at least one column that detection would misread, so this ends within columns.length passes.
    for (let pass = 0; pass <= columns.length; pass++) {
        const detected = detectColumns([...mapped, ...names], {}, '');
        const stolen = Object.entries(detected).filter(([role, index]) => roles[role] !== index && index >= mapped.length);
        if (stolen.length === 0)
            break;
        for (const [, index] of stolen)
            names[index - mapped.length] = `${RENAMED_PREFIX}${names[index - mapped.length]}`;
    }
    return names;
}
