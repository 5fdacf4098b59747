// `redtape convert IN... OUT`: a log from CSV to XES or back (by OUT's extension), with every reader option.
import { UserError } from '../../errors.js';
import { writeCsv } from '../../io/csv/write-csv.js';
import { writeXes } from '../../io/xes/write-xes.js';
import { caseCount, eventCount } from '../../log/event-log.js';
import { withExitCode } from '../command-kit.js';
import { declareTrailingOperands } from '../config-argv.js';
import { EXIT_OK } from '../exit-codes.js';
import { loadLog } from '../load-log.js';
import { addReaderOptions } from '../reader-options.js';
import { writeChunksAtomic, writeChunksToStdout } from '../write-chunks.js';
const FORMATS = ['csv', 'xes'];
/** The output format and compression: `--format` when given, else the output's extension. */
export function outputFormat(output, format) {
    const gzip = /\.gz$/i.test(output);
    if (format !== undefined) {
        const chosen = format.toLowerCase();
        if (!FORMATS.includes(chosen))
            throw new UserError(`unsupported format ${JSON.stringify(format)}: use csv or xes`);
        return { format: chosen, gzip };
    }
    const match = /\.(csv|xes)(\.gz)?$/i.exec(output);
    if (!match) {
        throw new UserError(`cannot tell the output format from ${JSON.stringify(output)}: name it .csv, .csv.gz, .xes or .xes.gz, or pass --format csv|xes`);
    }
    return { format: match[1].toLowerCase(), gzip };
}
export const registerConvert = (program, context) => addReaderOptions(declareTrailingOperands(program.command('convert'), 1)
    .description('convert a log between CSV and XES; the output extension (.csv, .csv.gz, .xes, .xes.gz) chooses the format')
    .argument('<files...>', 'one or more inputs (CSV, XES, .gz, or - for standard input), then the output file (- for standard output with --format)')
    .option('-f, --format <format>', 'csv or xes (default: from the output extension)')
    .option('-q, --quiet', 'no notes on standard error')).action(withExitCode(context, async (files, flags) => {
    if (files.length < 2)
        throw new UserError('convert needs one or more inputs and an output file: redtape convert IN... OUT');
    const output = files[files.length - 1];
    const inputs = files.slice(0, -1);
    if (output === '-' && flags.format === undefined)
        throw new UserError('writing to standard output (-) needs --format csv or --format xes');
    const { format, gzip } = outputFormat(output, flags.format);
    const { log } = await loadLog(inputs, flags);
    const chunks = format === 'xes' ? writeXes(log) : writeCsv(log);
    if (output === '-')
        await writeChunksToStdout(chunks, gzip);
    else
        await writeChunksAtomic(output, chunks, gzip);
    if (!flags.quiet && output !== '-')
        process.stderr.write(`redtape: wrote ${eventCount(log)} events in ${caseCount(log)} cases to ${output}\n`);
    return EXIT_OK;
}));
