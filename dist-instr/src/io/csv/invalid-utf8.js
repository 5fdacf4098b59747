// The error for bytes that are not UTF-8, shared by the CSV reader's threads.
import { UserError } from '../../errors.js';
/** A callback for CsvScanner that throws the located, actionable error for invalid UTF-8 in `file`. */
export function invalidUtf8(file) {
    return (line, column) => {
        throw new UserError('invalid UTF-8: if the file was exported in another encoding, pass --encoding (e.g. --encoding windows-1256)', { file, line, column });
    };
}
