// `redtape compare OLD NEW`: what changed between two periods (throughput, bottleneck ranks, findings new and
// resolved, variants appearing or vanishing); exit 1 with --fail-on when NEW brings a finding at or above the level.
import { Option } from 'commander';
import { compareReports } from '../../compare/compare-reports.js';
import { regressionCount } from '../../compare/compare-findings.js';
import { comparisonInput } from '../../compare/comparison-input.js';
import { DEFAULT_LIST_LIMIT } from '../../compare/comparison.js';
import { UserError } from '../../errors.js';
import { renderComparisonMarkdown } from '../../report/render-comparison-markdown.js';
import { renderComparisonJson, renderComparisonText } from '../../report/render-comparison.js';
import { renderRejectsCsv } from '../../report/render-rejects.js';
import { addAuditOptions, auditPlanFrom, runAudit } from '../audit-options.js';
import { addCalendarOptions } from '../calendar-options.js';
import { withExitCode } from '../command-kit.js';
import { EXIT_FINDINGS, EXIT_OK } from '../exit-codes.js';
import { loadLog } from '../load-log.js';
import { addReaderOptions } from '../reader-options.js';
import { styleFor } from '../style.js';
import { chooseFormat, writeFileAtomic, writeOutput } from '../write-output.js';
function listLimit(text) {
    if (text === undefined)
        return DEFAULT_LIST_LIMIT;
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1)
        throw new UserError(`--top: expected a whole number ≥ 1, got ${JSON.stringify(text)}`);
    return value;
}
export const registerCompare = (program, context) => addReaderOptions(addCalendarOptions(addAuditOptions(program
    .command('compare')
    .description('what changed between two periods: throughput, bottleneck ranks, findings new and resolved, variants appearing or vanishing')
    .argument('<old>', 'the earlier period: a CSV or XES file or a quoted glob (several files are read as one log)')
    .argument('<new>', 'the later period, likewise')
    .option('-f, --format <format>', 'text, json or md (default: text, or from the -o extension)')
    .option('-o, --output <file>', 'write to a file (atomically) instead of standard output')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when NEW has a finding at or above this severity that OLD did not (a new one, or one raised to it)').choices(['high', 'medium', 'low']))
    .option('--top <n>', `rows per list (steps, findings, variants); the rest are counted (default: ${DEFAULT_LIST_LIMIT})`)).option('-q, --quiet', 'no notes or progress on standard error'))).action(withExitCode(context, async (oldInput, newInput, flags) => {
    const format = chooseFormat(flags.format, flags.output, ['text', 'json', 'md'], 'text');
    const limit = listLimit(flags.top);
    if (oldInput === '-' && newInput === '-')
        throw new UserError('compare: only one of OLD and NEW can be standard input (-)');
    const plan = await auditPlanFrom(flags);
    const bottleneckOptions = { calendar: plan.options.calendar };
    // One period at a time: only its analyses are kept, so the first log can be freed before the second is read.
    const period = async (input, label) => {
        const { log, diagnostics } = await loadLog([input], flags, { label, writeRejects: false });
        const { findings } = runAudit(log, plan);
        return { side: comparisonInput(log, findings, bottleneckOptions), findings, rejected: diagnostics.rejected };
    };
    const old = await period(oldInput, 'old');
    const now = await period(newInput, 'new');
    // One rejects file for both periods: its `file` column tells them apart.
    if (flags.rejects !== undefined)
        writeFileAtomic(flags.rejects, renderRejectsCsv([...old.rejected, ...now.rejected]));
    const comparison = compareReports(old.side, now.side, { limit });
    const toFile = flags.output !== undefined && flags.output !== '-';
    const rendered = format === 'json' ? renderComparisonJson(comparison) : format === 'md' ? renderComparisonMarkdown(comparison) : renderComparisonText(comparison, await styleFor(toFile));
    writeOutput(rendered, flags.output);
    if (flags.failOn !== undefined && regressionCount(old.findings, now.findings, flags.failOn) > 0)
        return EXIT_FINDINGS;
    return EXIT_OK;
}));
