// JSON text exactly as `JSON.stringify(value, null, 2)` writes it, handed to a sink in chunks, where some values are
// written from a compact form of their own: a report with 100,000s of resources lists a per-period series for each,
// mostly zeros, and laying them all out as arrays first (then as one string) took seconds and a gigabyte.
//
// How: the values with a cheaper layout are swapped for unique placeholder strings in a copy of the paths leading to
// them, the native JSON.stringify writes the rest, and each placeholder in its text is replaced by the value's own
// text at the placeholder's indentation.

import { randomBytes } from 'node:crypto';

/** Text standing for a value: `text(indent)` is what `JSON.stringify(value, null, 2)` writes for it at that indent. */
export class JsonFragment {
  constructor(readonly text: (indent: string) => string) {}
}

export interface JsonTextOptions {
  /**
   * Called with every object (or array) met on the way down, before any of its properties is read: an object to
   * write in its place (its keys in the same order; it may hold {@link JsonFragment}s), a {@link JsonFragment}, or
   * undefined to write it as it is. Objects with a `toJSON` method are left to it and not looked into.
   */
  readonly expand?: (value: object) => object | undefined;
}

/** Characters gathered before they are handed to the sink. */
const CHUNK = 1 << 20;

/**
 * A copy of `value` with every {@link JsonFragment} (met as a value or made by `expand`) replaced by `token(i)`, i its
 * index in `fragments`; objects and arrays holding none are kept as they are (not copied). O(values).
 */
function substitute(value: unknown, expand: JsonTextOptions['expand'], fragments: JsonFragment[], token: (i: number) => string): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return value;
  let object: object = value;
  const expanded = expand?.(object);
  if (expanded !== undefined) object = expanded;
  if (object instanceof JsonFragment) {
    fragments.push(object);
    return token(fragments.length - 1);
  }
  if (Array.isArray(object)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < object.length; i++) {
      const item: unknown = object[i];
      const replaced = substitute(item, expand, fragments, token);
      if (replaced !== item) (copy ??= object.slice())[i] = replaced;
    }
    return copy ?? object;
  }
  let copy: Record<string, unknown> | undefined;
  const record = object as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = record[key];
    const replaced = substitute(item, expand, fragments, token);
    if (replaced !== item) (copy ??= { ...record })[key] = replaced;
  }
  return copy ?? (expanded !== undefined ? expanded : value);
}

/**
 * Writes `value` as `JSON.stringify(value, null, 2)` would (the same text, byte for byte), in chunks of about a
 * million characters handed to `sink`, with the objects `expand` turns into {@link JsonFragment}s written by them.
 * `undefined` and functions at the top write nothing. O(size of the text); the text without the fragments is held once.
 */
export function writeJson(value: unknown, sink: (chunk: string) => void, options: JsonTextOptions = {}): void {
  const fragments: JsonFragment[] = [];
  // A placeholder no value holds by chance: a random prefix, then the fragment's index.
  const prefix = `redtape-fragment-${randomBytes(9).toString('hex')}-`;
  const substituted = substitute(value, options.expand, fragments, (i) => `${prefix}${i}`);
  const text = JSON.stringify(substituted, null, 2) as string | undefined;
  if (text === undefined) return;
  const parts: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (size > 0) sink(parts.join(''));
    parts.length = 0;
    size = 0;
  };
  const push = (part: string): void => {
    if (part.length >= CHUNK) {
      // A long stretch between fragments (or the whole text): handed on in slices, not copied whole.
      flush();
      for (let at = 0; at < part.length; ) {
        let end = Math.min(part.length, at + CHUNK);
        // Never between the two halves of a surrogate pair: each chunk is encoded (UTF-8) on its own.
        const last = part.charCodeAt(end - 1);
        if (end < part.length && last >= 0xd800 && last <= 0xdbff) end--;
        sink(part.slice(at, end));
        at = end;
      }
      return;
    }
    parts.push(part);
    size += part.length;
    if (size >= CHUNK) flush();
  };
  const quotedPrefix = `"${prefix}`;
  let from = 0;
  for (let at = text.indexOf(quotedPrefix); at >= 0; at = text.indexOf(quotedPrefix, from)) {
    const end = text.indexOf('"', at + quotedPrefix.length);
    const fragment = fragments[Number(text.slice(at + quotedPrefix.length, end))] as JsonFragment;
    // The fragment's indent is that of its line: JSON.stringify starts every line with its depth's spaces.
    const line = text.lastIndexOf('\n', at) + 1;
    let indentEnd = line;
    while (text.charCodeAt(indentEnd) === 32) indentEnd++;
    push(text.slice(from, at));
    push(fragment.text(text.slice(line, indentEnd)));
    from = end + 1;
  }
  push(text.slice(from));
  flush();
}

/** {@link writeJson} into one string. */
export function jsonText(value: unknown, options: JsonTextOptions = {}): string {
  const chunks: string[] = [];
  writeJson(value, (chunk) => chunks.push(chunk), options);
  return chunks.join('');
}
