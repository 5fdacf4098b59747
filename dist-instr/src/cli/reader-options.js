// The reader options every command that reads a log accepts, and their translation to ReadOptions.
import { InvalidArgumentError, Option } from 'commander';
/** Adds the column-mapping, timestamp, encoding and bad-row options to `command`. */
export function addReaderOptions(command) {
    return command
        .option('--case <column>', 'column holding the case id (detected from the header when absent)')
        .option('--activity <column>', 'column holding the step / activity name')
        .option('--timestamp <column>', 'column holding the (end) timestamp')
        .option('--start-timestamp <column>', 'column holding the start timestamp, when the export has one')
        .option('--resource <column>', 'column holding the user / resource')
        .option('--role <column>', 'column holding the role or department')
        .option('--decision <column>', 'column holding the decision (approve, reject, ...)')
        .option('--timestamp-format <pattern>', 'iso, epoch-s, epoch-ms, jalali, or a pattern such as "dd.MM.yyyy HH:mm" (detected when absent)')
        .option('--timezone <zone>', 'IANA time zone for times written without an offset', 'UTC')
        .option('--encoding <name>', 'text encoding of CSV input, e.g. windows-1256 (UTF-8 by default; UTF-16 by BOM)')
        .addOption(new Option('--delimiter <char>', 'CSV field delimiter (detected when absent)'))
        .option('--strict', 'treat any bad row as an error (exit 2) instead of setting it aside')
        .option('--rejects <file>', 'write the rows set aside, with line number and reason, to this CSV file')
        .addOption(new Option('--threads <n>', 'threads for reading a large plain CSV file: 1, or 2 (default: 2 for files over 32 MiB on two or more cores)').argParser(threadCount));
}
function threadCount(value) {
    const count = Number(value);
    if (!Number.isInteger(count) || count < 1)
        throw new InvalidArgumentError('expected a whole number of threads, 1 or more');
    return count;
}
/** ReadOptions from parsed flags. */
export function readOptionsFrom(flags) {
    const columns = {};
    for (const role of ['case', 'activity', 'timestamp', 'startTimestamp', 'resource', 'role', 'decision']) {
        const column = flags[role];
        if (column !== undefined)
            columns[role] = column;
    }
    return {
        columns,
        timestampFormat: flags.timestampFormat,
        timezone: flags.timezone ?? 'UTC',
        encoding: flags.encoding,
        delimiter: flags.delimiter === '\\t' || flags.delimiter === 'tab' ? '\t' : flags.delimiter,
        strict: flags.strict ?? false,
        ...(flags.threads === undefined ? {} : { threads: flags.threads }),
    };
}
