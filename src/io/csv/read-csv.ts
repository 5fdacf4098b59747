// The CSV reader: streams bytes through the scanner into the log builder, mapping columns, parsing timestamps and
// setting bad rows aside with their line and reason (accepted + rejected = data rows read, always).

import type { FormatReader } from '../read-options.js';
import { CsvRows } from './csv-rows.js';
import type { CsvScanner } from './csv-scanner.js';
import { decodeInput } from './decode-input.js';
import { invalidUtf8 } from './invalid-utf8.js';
import { readCsvSplit, splitPoint } from './read-csv-split.js';

/**
 * Reads one CSV input (any delimiter, quoted fields, BOM, CRLF, UTF-8/UTF-16/legacy encodings, gzip); a large plain
 * UTF-8 file on two threads (read-csv-split.ts).
 */
export const readCsv: FormatReader = async (input, builder, options, sink, last = true) => {
  const cut = splitPoint(input, options);
  if (cut !== undefined) return readCsvSplit(input, builder, options, sink, cut, last);
  const decoded = await decodeInput(input.chunks(), options.encoding, input.name);
  const rows = new CsvRows(input.name, builder, options, sink);
  let scanner: CsvScanner | undefined;
  const onInvalid = decoded.encoding === 'utf-8' ? invalidUtf8(input.name) : undefined;
  for await (const chunk of decoded.chunks) {
    scanner ??= rows.scannerFor(chunk, onInvalid);
    scanner.push(chunk);
  }
  scanner?.end();
  return rows.finish(decoded.encoding);
};

