// The CSV reader: streams bytes through the scanner into the log builder, mapping columns, parsing timestamps and
// setting bad rows aside with their line and reason (accepted + rejected = data rows read, always).

import { UserError } from '../../errors.js';
import type { FormatReader } from '../read-options.js';
import { CsvRows } from './csv-rows.js';
import { CsvScanner } from './csv-scanner.js';
import { decodeInput } from './decode-input.js';
import { detectDelimiter } from './detect-delimiter.js';
import { invalidUtf8 } from './invalid-utf8.js';
import { readCsvSplit, splitPoint } from './read-csv-split.js';

/**
 * Reads one CSV input (any delimiter, quoted fields, BOM, CRLF, UTF-8/UTF-16/legacy encodings, gzip); a large plain
 * UTF-8 file on two threads (read-csv-split.ts).
 */
export const readCsv: FormatReader = async (input, builder, options, sink) => {
  const cut = splitPoint(input, options);
  if (cut !== undefined) return readCsvSplit(input, builder, options, sink, cut);
  const decoded = await decodeInput(input.chunks(), options.encoding, input.name);
  const rows = new CsvRows(input.name, builder, options, sink);
  let scanner: CsvScanner | undefined;
  const onInvalid = invalidUtf8(input.name);
  for await (const chunk of decoded.chunks) {
    if (!scanner) {
      const delimiter = options.delimiter ?? detectDelimiter(chunk);
      if (delimiter.length !== 1) throw new UserError(`--delimiter must be one character, got ${JSON.stringify(delimiter)}`);
      rows.delimiter = delimiter;
      scanner = new CsvScanner(delimiter.charCodeAt(0), (record) => rows.onRecord(record), decoded.encoding === 'utf-8' ? onInvalid : undefined);
    }
    scanner.push(chunk);
  }
  scanner?.end();
  return rows.finish(decoded.encoding);
};

