// Reads one or more inputs into one log: picks a reader per input by its name (by its first bytes when the name says
// nothing, as for standard input), feeds all of them into one builder (so a case spanning monthly exports is one
// case), and gathers the diagnostics.

import { UserError } from '../errors.js';
import type { EventLog } from '../log/event-log.js';
import { LogBuilder } from '../log/log-builder.js';
import { readCsv } from './csv/read-csv.js';
import { inputFor, type Input } from './open-input.js';
import type { FormatReader, InputInfo, ReadOptions, ReadResult, ReadSink } from './read-options.js';
import { assertTimeZone } from './timestamp/zone.js';

/** The XES reader, loaded on first use: its XML parser costs about 20 ms of start-up that a CSV run does not need. */
const readXes: FormatReader = async (...args) => (await import('./xes/read-xes.js')).readXes(...args);

/** Readers by input-name pattern; the first match wins. */
const READERS: readonly { readonly pattern: RegExp; readonly read: FormatReader }[] = [
  { pattern: /\.xes(\.gz)?$/i, read: readXes },
  { pattern: /\.(csv|tsv|tab|txt)(\.gz)?$/i, read: readCsv },
];

/** The reader for an input: by its name, else by its content (standard input, files without a known extension). */
async function readerFor(input: Input): Promise<FormatReader> {
  const byName = READERS.find((entry) => entry.pattern.test(input.name));
  if (byName) return byName.read;
  return looksLikeXml(await input.head()) ? readXes : readCsv;
}

/** True when the first character, after a byte-order mark and white space, is `<` (in UTF-8 or UTF-16). */
export function looksLikeXml(head: Buffer): boolean {
  let at = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (utf16) at = 2;
  while (at < head.length) {
    const byte = head[at];
    if (byte === 0x3c) return true;
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && !(utf16 && byte === 0)) return false;
    at++;
  }
  return false;
}

/** Reads `inputs` (paths, or `-` for standard input) as one event log. */
export async function readLog(inputs: readonly string[], options: ReadOptions = {}): Promise<ReadResult> {
  if (inputs.length === 0) throw new UserError('no input: give one or more log files (CSV, XES, .gz), or - for standard input');
  assertTimeZone(options.timezone ?? 'UTC');
  const builder = new LogBuilder();
  const sink: ReadSink = { rowsRead: 0, rejected: [], warnings: [] };
  const infos: InputInfo[] = [];
  const sizes = inputs.map((name) => (name === '-' ? undefined : inputFor(name).size));
  const total = sizes.every((size) => size !== undefined) ? sizes.reduce<number>((sum, size) => sum + (size ?? 0), 0) : undefined;
  let done = 0;
  let log: EventLog;
  let accepted: number;
  try {
    for (const [k, name] of inputs.entries()) {
      const progress = options.onProgress;
      const input = inputFor(name, progress ? (bytes) => progress(done + bytes, total) : undefined);
      const reader = await readerFor(input);
      infos.push(await reader(input, builder, options, sink, k === inputs.length - 1));
      done += sizes[k] ?? 0;
    }
    const first = infos[0] as InputInfo;
    const formats = [...new Set(infos.map((info) => info.timestampFormat))];
    accepted = builder.size;
    log = await builder.buildJoined({
      files: inputs,
      mapping: first.mapping,
      timestampFormat: formats.join(' / '),
      timezone: options.timezone ?? 'UTC',
    });
  } finally {
    builder.releaseDeferred();
  }
  if (accepted === 0 && sink.rowsRead > 0) sink.warnings.push(`no row could be read: all ${sink.rowsRead} were rejected`);
  return { log, diagnostics: { ...builder.report(), rowsRead: sink.rowsRead, rejected: sink.rejected, warnings: sink.warnings } };
}
