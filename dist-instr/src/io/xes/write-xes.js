// The XES writer (IEEE 1849-2016 XML serialization): an EventLog as XES text, produced in chunks so a big log is
// written without ever holding the whole document in memory. Every key and value is escaped.
import { NONE } from '../../log/dictionary.js';
import { escapeXml } from './escape-xml.js';
import { RENAMED_PREFIX, XES_KEYS } from './xes-keys.js';
/** Characters gathered before a chunk is handed out. */
const CHUNK_CHARS = 1 << 16;
const HEADER = `<?xml version="1.0" encoding="UTF-8" ?>
<!-- Written by redtape. Times are UTC. Attributes other than the standard ones are strings. -->
<log xes.version="1849-2016" xes.features="" xmlns="http://www.xes-standard.org/">
\t<extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
\t<extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>
\t<extension name="Organizational" prefix="org" uri="http://www.xes-standard.org/org.xesext"/>
`;
/**
 * The log as XES, in chunks of about 64 KiB. Trace `concept:name` is the case id; case attributes are trace
 * attributes; each event has `concept:name`, `time:timestamp` (ISO 8601 UTC with milliseconds), and when present
 * `start_timestamp`, `org:resource`, `org:role`, `decision`, then its other attributes as `<string>`. An attribute
 * whose key one of these already uses is written as `original:<key>`. Events keep the log's order (by case, then
 * time). O(n) in events and attributes; each distinct label is escaped once.
 */
export function* writeXes(log) {
    const lifecycle = log.eventAttributes.some((column) => column.name.startsWith('lifecycle:'));
    yield HEADER +
        (lifecycle ? '\t<extension name="Lifecycle" prefix="lifecycle" uri="http://www.xes-standard.org/lifecycle.xesext"/>\n' : '') +
        '\t<global scope="trace">\n\t\t<string key="concept:name" value="__INVALID__"/>\n\t</global>\n' +
        '\t<global scope="event">\n\t\t<string key="concept:name" value="__INVALID__"/>\n\t\t<date key="time:timestamp" value="1970-01-01T00:00:00.000Z"/>\n\t</global>\n' +
        '\t<classifier name="Activity" keys="concept:name"/>\n';
    const eventReserved = new Set([XES_KEYS.activity, XES_KEYS.timestamp, XES_KEYS.startTimestamp, XES_KEYS.resource, XES_KEYS.role, XES_KEYS.decision]);
    const eventColumns = log.eventAttributes.map((column) => outColumn(column, eventReserved));
    const caseColumns = log.caseAttributes.map((column) => outColumn(column, new Set([XES_KEYS.case])));
    const activities = escapedNames(log.activities.names);
    const resources = escapedNames(log.resources.names);
    const roles = escapedNames(log.roles.names);
    const decisions = escapedNames(log.decisions.names);
    const start = log.startTime;
    let out = '';
    for (let c = 0; c < log.caseIds.length; c++) {
        out += `\t<trace>\n\t\t<string key="concept:name" value="${escapeXml(log.caseIds[c])}"/>\n`;
        for (const column of caseColumns)
            out += attributeLine('\t\t', column, c);
        const to = log.caseStart[c + 1];
        for (let e = log.caseStart[c]; e < to; e++) {
            out += `\t\t<event>\n\t\t\t<string key="concept:name" value="${activities[log.activity[e]]}"/>\n`;
            out += `\t\t\t<date key="time:timestamp" value="${new Date(log.time[e]).toISOString()}"/>\n`;
            if (start && !Number.isNaN(start[e]))
                out += `\t\t\t<date key="start_timestamp" value="${new Date(start[e]).toISOString()}"/>\n`;
            const resource = log.resource[e];
            if (resource !== NONE)
                out += `\t\t\t<string key="org:resource" value="${resources[resource]}"/>\n`;
            const role = log.role[e];
            if (role !== NONE)
                out += `\t\t\t<string key="org:role" value="${roles[role]}"/>\n`;
            const decision = log.decision[e];
            if (decision !== NONE)
                out += `\t\t\t<string key="decision" value="${decisions[decision]}"/>\n`;
            for (const column of eventColumns)
                out += attributeLine('\t\t\t', column, e);
            out += '\t\t</event>\n';
        }
        out += '\t</trace>\n';
        if (out.length >= CHUNK_CHARS) {
            yield out;
            out = '';
        }
    }
    yield `${out}</log>\n`;
}
function outColumn(column, reserved) {
    const key = reserved.has(column.name) ? `${RENAMED_PREFIX}${column.name}` : column.name;
    return { key: escapeXml(key), column, escaped: [] };
}
/** `<string key=… value=…/>` for row `index` of the column, or nothing where it has no value. */
function attributeLine(indent, out, index) {
    const id = out.column.ids[index];
    if (id === NONE)
        return '';
    let value = out.escaped[id];
    if (value === undefined) {
        value = escapeXml(out.column.values.nameOf(id));
        out.escaped[id] = value;
    }
    return `${indent}<string key="${out.key}" value="${value}"/>\n`;
}
function escapedNames(names) {
    return names.map(escapeXml);
}
