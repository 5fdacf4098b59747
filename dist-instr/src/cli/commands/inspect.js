// `redtape inspect FILE...`: what is in a log, how it was read, and how clean it is.
import { profileLog } from '../../log/profile-log.js';
import { inspectReport } from '../../report/inspect-report.js';
import { renderInspectJson, renderInspectMarkdown, renderInspectText } from '../../report/render-inspect.js';
import { withExitCode } from '../command-kit.js';
import { EXIT_OK } from '../exit-codes.js';
import { loadLog } from '../load-log.js';
import { addReaderOptions } from '../reader-options.js';
import { styleFor } from '../style.js';
import { chooseFormat, writeOutput } from '../write-output.js';
export const registerInspect = (program, context) => addReaderOptions(program
    .command('inspect')
    .description('show what is in a log: events, cases, activities, resources, time range, and data quality')
    .argument('<files...>', 'CSV or XES inputs (.gz allowed), or - for standard input')
    .option('-f, --format <format>', 'text, json or md (default: text, or from the -o extension)')
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('-q, --quiet', 'no notes on standard error')).action(withExitCode(context, async (files, flags) => {
    const format = chooseFormat(flags.format, flags.output, ['text', 'json', 'md'], 'text');
    const { log, diagnostics } = await loadLog(files, flags);
    const report = inspectReport(log, profileLog(log, Date.now()), diagnostics);
    const toFile = flags.output !== undefined && flags.output !== '-';
    const rendered = format === 'json' ? renderInspectJson(report) : format === 'md' ? renderInspectMarkdown(report) : renderInspectText(report, await styleFor(toFile));
    writeOutput(rendered, flags.output);
    return EXIT_OK;
}));
