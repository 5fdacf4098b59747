// JSON text exactly as `JSON.stringify(value, null, 2)` writes it, handed to a sink in pieces, where some values are
// written from a compact form of their own: a report with 100,000s of resources lists a per-period series for each,
// mostly zeros, and laying them all out as arrays first (then as one string) took seconds and a gigabyte.
//
// How: one walk swaps the values with a cheaper layout for unique placeholder strings (copying only the objects on
// the way to them) and marks the long arrays and what holds them. Those are written member by member; everything
// else goes through the native JSON.stringify, one member or element at a time (never the whole text at once), and
// each placeholder in that text is replaced by the value's own text at the placeholder's indentation.
import { randomBytes } from 'node:crypto';
/** Text standing for a value: `text(indent)` is what `JSON.stringify(value, null, 2)` writes for it at that indent. */
export class JsonFragment {
    text;
    constructor(text) {
        this.text = text;
    }
}
/** The longest piece handed to the sink, in characters. */
const PIECE = 1 << 20;
/** Arrays this long (and what holds them) are written element by element, not stringified whole. */
const SPLIT = 256;
const GAP = '  ';
/** Elements stringified together when an array is split. */
const BATCH = 256;
function isSplit(value, walk) {
    return typeof value === 'object' && value !== null && walk.split.has(value);
}
/**
 * `value` with every {@link JsonFragment} (met as a value or made by `expand`) replaced by its placeholder; objects and
 * arrays holding none are kept as they are (not copied). Marks what is to be split. O(values).
 */
function prepare(value, walk) {
    if (typeof value !== 'object' || value === null)
        return value;
    if (typeof value.toJSON === 'function')
        return value;
    let object = value;
    const expanded = walk.expand?.(object);
    if (expanded !== undefined)
        object = expanded;
    if (object instanceof JsonFragment) {
        walk.fragments.push(object);
        return `${walk.prefix}${walk.fragments.length - 1}`;
    }
    let split = false;
    let result;
    if (Array.isArray(object)) {
        let copy;
        for (let i = 0; i < object.length; i++) {
            const item = object[i];
            const prepared = prepare(item, walk);
            if (prepared !== item)
                (copy ??= object.slice())[i] = prepared;
            if (typeof prepared === 'object' && prepared !== null) {
                if (walk.split.has(prepared))
                    split = true;
                else if (typeof prepared.toJSON === 'function')
                    walk.keyed.add(copy ?? object);
            }
        }
        if (object.length >= SPLIT)
            split = true;
        result = copy ?? object;
        // The copy was made after the array was noted as holding toJSON elements: note the copy too.
        if (copy && walk.keyed.has(object))
            walk.keyed.add(copy);
    }
    else {
        const record = object;
        let copy;
        for (const key of Object.keys(record)) {
            const item = record[key];
            const prepared = prepare(item, walk);
            if (prepared !== item)
                (copy ??= { ...record })[key] = prepared;
            if (typeof prepared === 'object' && prepared !== null && walk.split.has(prepared))
                split = true;
        }
        result = copy ?? object;
    }
    if (split)
        walk.split.add(result);
    return result;
}
class Writer {
    walk;
    sink;
    constructor(walk, sink) {
        this.walk = walk;
        this.sink = sink;
    }
    /** Hands `text` on in pieces of at most PIECE characters, never between the halves of a surrogate pair. */
    emit(text) {
        if (text.length <= PIECE) {
            if (text.length > 0)
                this.sink(text);
            return;
        }
        for (let at = 0; at < text.length;) {
            let end = Math.min(text.length, at + PIECE);
            const last = text.charCodeAt(end - 1);
            if (end < text.length && last >= 0xd800 && last <= 0xdbff)
                end--;
            this.sink(text.slice(at, end));
            at = end;
        }
    }
    /** Emits stringified `text` with each placeholder replaced by its fragment; `indent` is that of its first line. */
    text(text, indent) {
        const quoted = `"${this.walk.prefix}`;
        let from = 0;
        for (let at = text.indexOf(quoted); at >= 0; at = text.indexOf(quoted, from)) {
            const end = text.indexOf('"', at + quoted.length);
            const fragment = this.walk.fragments[Number(text.slice(at + quoted.length, end))];
            // JSON.stringify starts every line with its depth's spaces: the fragment is at its line's indentation.
            const line = text.lastIndexOf('\n', at) + 1;
            let lineIndent = indent;
            if (line > 0) {
                let spaces = line;
                while (text.charCodeAt(spaces) === 32)
                    spaces++;
                lineIndent = text.slice(line, spaces);
            }
            this.emit(text.slice(from, at));
            this.emit(fragment.text(lineIndent));
            from = end + 1;
        }
        this.emit(from === 0 ? text : text.slice(from));
    }
    /**
     * Writes member `key` of a split object or array (`inObject`): JSON.stringify of a one-member object gives the
     * member's text with JSON's own rules (toJSON called with the key, what JSON leaves out left out), re-indented from
     * its depth 1 to `indent`. Returns false when JSON leaves the member out.
     */
    member(key, item, indent, inObject) {
        if (typeof item === 'object' && item !== null && this.walk.split.has(item)) {
            if (inObject)
                this.emit(`${JSON.stringify(key)}: `);
            this.value(item, indent);
            return true;
        }
        const wrapped = JSON.stringify({ [key]: item }, null, 2);
        if (wrapped === '{}') {
            if (inObject)
                return false;
            this.emit('null'); // what an array holds as null
            return true;
        }
        const head = 4 + JSON.stringify(key).length + 2; // `{\n  "key": `
        const body = wrapped.slice(inObject ? 4 : head, wrapped.length - 2);
        this.text(indent === GAP ? body : body.replaceAll(`\n${GAP}`, `\n${indent}`), indent);
        return true;
    }
    /** Writes a value marked for splitting: an array or object, member by member. */
    value(node, indent) {
        const inner = indent + GAP;
        if (Array.isArray(node)) {
            this.emit('[');
            const keyed = this.walk.keyed.has(node);
            for (let i = 0; i < node.length;) {
                this.emit(i === 0 ? `\n${inner}` : `,\n${inner}`);
                // A run of elements not to be split goes through one JSON.stringify of that slice, re-indented.
                let end = i;
                while (!keyed && end < node.length && end - i < BATCH && !isSplit(node[end], this.walk))
                    end++;
                if (end - i < 2) {
                    this.member(String(i), node[i], inner, false);
                    i++;
                    continue;
                }
                const text = JSON.stringify(node.slice(i, end), null, 2);
                const body = text.slice(2 + GAP.length, text.length - 2); // without `[\n  ` and `\n]`
                this.text(inner === GAP ? body : body.replaceAll(`\n${GAP}`, `\n${inner}`), inner);
                i = end;
            }
            this.emit(node.length === 0 ? ']' : `\n${indent}]`);
            return;
        }
        const record = node;
        let first = true;
        for (const key of Object.keys(record)) {
            const item = record[key];
            // Only values JSON may leave out are tried before their separator is written.
            if (item === undefined || typeof item === 'function' || typeof item === 'symbol')
                continue;
            if (typeof item === 'object' && item !== null && typeof item.toJSON === 'function' && JSON.stringify({ [key]: item }) === '{}')
                continue;
            this.emit(first ? `{\n${inner}` : `,\n${inner}`);
            first = false;
            this.member(key, item, inner, true);
        }
        this.emit(first ? '{}' : `\n${indent}}`);
    }
}
/**
 * Writes `value` as `JSON.stringify(value, null, 2)` would (the same text, byte for byte), handed to `sink` in pieces
 * of at most a million characters (many are short: the sink gathers them), with the objects `expand` turns into
 * {@link JsonFragment}s written by them. `undefined` and functions at the top write nothing. O(size of the text);
 * long arrays are written element by element, so the text is never held whole.
 */
export function writeJson(value, sink, options = {}) {
    // A placeholder no value holds by chance: a random prefix, then the fragment's index.
    const walk = { expand: options.expand, fragments: [], split: new WeakSet(), keyed: new WeakSet(), prefix: `redtape-fragment-${randomBytes(9).toString('hex')}-` };
    const prepared = prepare(value, walk);
    const writer = new Writer(walk, sink);
    if (typeof prepared === 'object' && prepared !== null && walk.split.has(prepared))
        writer.value(prepared, '');
    else {
        const text = JSON.stringify(prepared, null, 2);
        if (text !== undefined)
            writer.text(text, '');
    }
}
/** {@link writeJson} into one string. */
export function jsonText(value, options = {}) {
    const pieces = [];
    writeJson(value, (piece) => pieces.push(piece), options);
    return pieces.join('');
}
