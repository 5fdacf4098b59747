// The shared start of the small XML model readers (PNML, BPMN): a saxes parser that refuses any DOCTYPE (so no
// entity can expand or read a file), reports malformed XML with its line, and reads tag names and attributes simply.
import { SaxesParser } from 'saxes';
import { UserError } from '../errors.js';
/** A parser for `file` whose `fail` throws a UserError at the current line. `kind` names the format in messages. */
export function safeXmlParser(file, kind) {
    const parser = new SaxesParser({ position: true });
    const fail = (message) => {
        throw new UserError(message, { file, line: parser.line });
    };
    parser.on('doctype', () => fail(`${kind} with a DOCTYPE is refused (entities could expand or read files)`));
    parser.on('error', (error) => fail(`not well-formed XML: ${error.message.replace(/^[^:]*:\d+:\d+: /, '')}`));
    return { parser, fail };
}
/** A tag name without its namespace prefix (`bpmn:task` → `task`). */
export function localName(name) {
    return name.slice(name.indexOf(':') + 1);
}
/** The string value of attribute `key` of `tag`, if present. */
export function attributeOf(tag, key) {
    const value = tag.attributes[key];
    return typeof value === 'string' ? value : value?.value;
}
