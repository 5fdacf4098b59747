// The XES reader (IEEE 1849): streams the XML through saxes (no DOM, one trace in memory at a time) into the log
// builder. Hostile files are refused before anything is expanded: a DOCTYPE that declares entities or points to an
// external DTD, and any entity reference other than XML's five predefined ones, stop the read with a UserError.
import { SaxesParser } from 'saxes';
import { UserError } from '../../errors.js';
import { decodeXml } from './decode-xml.js';
import { LineTracker } from './line-tracker.js';
import { XesCollector } from './xes-collector.js';
/** XES attribute elements; their `key` and `value` become columns or attributes. */
const ATTRIBUTE_ELEMENTS = new Set(['string', 'date', 'int', 'float', 'boolean', 'id', 'list', 'container']);
/**
 * Reads one `.xes` or `.xes.gz` input. Trace `concept:name` → case id, trace attributes → case attributes; event
 * `concept:name` → activity, `time:timestamp` → time (offsets applied: true UTC; without an offset, in
 * `options.timezone`), `org:resource`, `org:role`, `decision`, `start_timestamp` → their columns, every other event
 * attribute (`lifecycle:transition`, …) → event attributes. `options.columns` names other keys. Nested attributes
 * (children of an attribute, lists, containers) are not read. Events without activity or readable time are rejected
 * rows. O(n) in the input size; memory O(largest trace) beyond the log itself.
 */
export const readXes = async (input, builder, options, sink) => {
    const file = input.name;
    const decoded = await decodeXml(input.open(), options.encoding, file, (bytes) => options.onProgress?.(bytes, input.size));
    // Position tracking in saxes halves its speed; LineTracker finds lines only where an event starts or an error is.
    const parser = new SaxesParser({ position: false, xmlns: false });
    const lines = new LineTracker();
    const where = (position = parser.position) => ({ file, ...lines.at(position) });
    const collector = new XesCollector(file, builder, options, sink);
    let depth = 0;
    let traceDepth = -1;
    let eventDepth = -1;
    let sawRoot = false;
    parser.on('error', (error) => {
        throw new UserError(`not well-formed XML: ${error.message.replace(/\.$/, '')}${/entity/.test(error.message) ? ENTITY_NOTE : ''}`, where());
    });
    parser.on('doctype', (text) => {
        const problem = doctypeProblem(text);
        // The handler runs at the doctype's closing `>`; point at the offending declaration instead.
        if (problem)
            throw new UserError(problem.message, where(parser.position - text.length + Math.max(problem.offset, 0)));
    });
    parser.on('opentag', (tag) => {
        const at = ++depth;
        // Most elements are attributes of an event: that case is tested first and costs two comparisons.
        if (eventDepth >= 0) {
            if (at === eventDepth + 1) {
                const { key, value } = tag.attributes;
                if (key !== undefined && value !== undefined && ATTRIBUTE_ELEMENTS.has(localName(tag.name)))
                    collector.eventAttribute(tag.name, key, value);
            }
            return;
        }
        const name = localName(tag.name);
        if (!sawRoot) {
            sawRoot = true;
            if (name !== 'log')
                throw new UserError(`not an XES log: the root element is <${tag.name}>, expected <log>`, where());
        }
        else if (name === 'event') {
            eventDepth = at;
            const position = lines.at(lines.tagStart(parser.position) + 1);
            collector.openEvent(position.line, position.column);
        }
        else if (traceDepth < 0 && name === 'trace' && at === 2) {
            traceDepth = at;
            collector.openTrace();
        }
        else if (traceDepth >= 0 && at === traceDepth + 1 && ATTRIBUTE_ELEMENTS.has(name)) {
            const { key, value } = tag.attributes;
            if (key !== undefined && value !== undefined)
                collector.traceAttribute(tag.name, key, value);
        }
    });
    parser.on('closetag', () => {
        if (depth === eventDepth) {
            eventDepth = -1;
            collector.closeEvent(traceDepth >= 0);
        }
        else if (depth === traceDepth) {
            traceDepth = -1;
            collector.closeTrace();
        }
        depth--;
    });
    for await (const chunk of decoded.chunks) {
        lines.feed(chunk);
        parser.write(chunk);
    }
    parser.close();
    if (!sawRoot)
        throw new UserError('not an XES log: the file has no <log> element', { file });
    return collector.finish();
};
const ENTITY_NOTE = ' (only &amp; &lt; &gt; &quot; &apos; and character references are allowed; entities are never expanded)';
/** Why a DOCTYPE is refused, and where in its text; undefined for a bare `<!DOCTYPE log>`. */
function doctypeProblem(text) {
    const entity = text.search(/<!ENTITY/i);
    if (entity >= 0) {
        return { message: 'refused: the DOCTYPE declares entities (entity expansion, e.g. "billion laughs", is never performed; XES needs no DTD)', offset: entity };
    }
    const external = text.search(/\b(SYSTEM|PUBLIC)\b/);
    if (external >= 0)
        return { message: 'refused: the DOCTYPE refers to an external DTD (external files are never read; XES needs no DTD)', offset: external };
    if (text.includes('['))
        return { message: 'refused: the DOCTYPE has an internal subset (XES needs no DTD)', offset: text.indexOf('[') };
    return undefined;
}
/** `xes:trace` → `trace`. */
function localName(name) {
    const colon = name.indexOf(':');
    return colon < 0 ? name : name.slice(colon + 1);
}
