// `redtape bottlenecks FILE...`: where cases wait, in calendar or working time, ranked by the delay each step adds.
import { Option } from 'commander';
import { analyzeBottlenecks } from '../../performance/analyze-bottlenecks.js';
import { parseDuration } from '../../performance/duration.js';
import { renderBottlenecksCsv } from '../../report/render-bottlenecks-csv.js';
import { renderBottlenecksMarkdown, renderBottlenecksText, writeBottlenecksJson } from '../../report/render-bottlenecks.js';
import { addCalendarOptions, calendarSpecFrom } from '../calendar-options.js';
import { withExitCode } from '../command-kit.js';
import { EXIT_OK } from '../exit-codes.js';
import { loadLog } from '../load-log.js';
import { addReaderOptions } from '../reader-options.js';
import { styleFor } from '../style.js';
import { chooseFormat, writeOutput, writeOutputChunks } from '../write-output.js';
export const registerBottlenecks = (program, context) => addReaderOptions(addCalendarOptions(program
    .command('bottlenecks')
    .description('rank the steps by the waiting they add (calendar or working time), with resources, work in progress, trends and SLA breaches')
    .argument('<files...>', 'CSV or XES inputs (.gz allowed), or - for standard input')
    .option('-f, --format <format>', 'text, json, md or csv (default: text, or from the -o extension)')
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('--sla <duration>', 'service-level limit on throughput time, e.g. 8w, 40d, 30wd (working days of the calendar)')
    .addOption(new Option('--period <unit>', 'period of the work-in-progress, queue and trend series (default: day up to 120 days of log, else week)').choices(['day', 'week']))
    .option('-q, --quiet', 'no notes on standard error'))).action(withExitCode(context, async (files, flags) => {
    const format = chooseFormat(flags.format, flags.output, ['text', 'json', 'md', 'csv'], 'text');
    // Options are checked before the (possibly long) read.
    const sla = flags.sla !== undefined ? parseDuration(flags.sla) : undefined;
    const calendar = calendarSpecFrom(flags);
    const { log } = await loadLog(files, flags);
    const report = analyzeBottlenecks(log, { calendar, sla, period: flags.period });
    const toFile = flags.output !== undefined && flags.output !== '-';
    if (format === 'json') {
        // Written as it is produced: with applicants as users the text runs to hundreds of megabytes.
        writeOutputChunks((sink) => writeBottlenecksJson(report, sink), flags.output);
        return EXIT_OK;
    }
    const rendered = format === 'md' ? renderBottlenecksMarkdown(report) : format === 'csv' ? renderBottlenecksCsv(report) : renderBottlenecksText(report, await styleFor(toFile));
    writeOutput(rendered, flags.output);
    return EXIT_OK;
}));
