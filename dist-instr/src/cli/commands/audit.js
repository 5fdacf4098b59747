// `redtape audit FILE...`: redundant signatures, control gaps and what they cost, ranked; exit 1 with --fail-on.
import { Option } from 'commander';
import { severityRank } from '../../audit/finding.js';
import { renderAuditCsv, renderAuditJsonChunks, renderAuditMarkdown, renderAuditText } from '../../report/render-audit.js';
import { addAuditOptions, auditPlanFrom, runAudit } from '../audit-options.js';
import { addCalendarOptions } from '../calendar-options.js';
import { withExitCode } from '../command-kit.js';
import { EXIT_FINDINGS, EXIT_OK } from '../exit-codes.js';
import { loadLog } from '../load-log.js';
import { addReaderOptions } from '../reader-options.js';
import { styleFor } from '../style.js';
import { chooseFormat, writeOutput } from '../write-output.js';
export const registerAudit = (program, context) => addReaderOptions(addCalendarOptions(addAuditOptions(program
    .command('audit')
    .description('find redundant signatures (rubber stamps, duplicates, implied, optional, parallelizable), control gaps and bottlenecks, with a what-if of removing them')
    .argument('<files...>', 'CSV or XES inputs (.gz allowed), or - for standard input')
    .option('-f, --format <format>', 'text, json, md or csv (default: text, or from the -o extension)')
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding at or above this severity exists').choices(['high', 'medium', 'low']))).option('-q, --quiet', 'no notes on standard error'))).action(withExitCode(context, async (files, flags) => {
    const format = chooseFormat(flags.format, flags.output, ['text', 'json', 'md', 'csv'], 'text');
    const plan = await auditPlanFrom(flags);
    const { log } = await loadLog(files, flags);
    const result = runAudit(log, plan);
    const toFile = flags.output !== undefined && flags.output !== '-';
    const rendered = format === 'json'
        ? renderAuditJsonChunks(result)
        : format === 'md'
            ? renderAuditMarkdown(result)
            : format === 'csv'
                ? renderAuditCsv(result)
                : renderAuditText(result, await styleFor(toFile));
    writeOutput(rendered, flags.output);
    const threshold = flags.failOn;
    if (threshold !== undefined && result.findings.some((f) => severityRank(f.severity) >= severityRank(threshold)))
        return EXIT_FINDINGS;
    return EXIT_OK;
}));
