import { SaxesParser, type SaxesTag } from 'saxes';
/** A parser for `file` whose `fail` throws a UserError at the current line. `kind` names the format in messages. */
export declare function safeXmlParser(file: string, kind: string): {
    parser: SaxesParser;
    fail: (message: string) => never;
};
/** A tag name without its namespace prefix (`bpmn:task` → `task`). */
export declare function localName(name: string): string;
/** The string value of attribute `key` of `tag`, if present. */
export declare function attributeOf(tag: SaxesTag, key: string): string | undefined;
