// `redtape check FILE... --policy policy.yaml [--model model.pnml]`: were the required signatures collected, in the
// required order, by different people, within the deadline; and how well do the cases fit a process model.
import { Option } from 'commander';
import { checkPolicy } from '../../conformance/check-policy.js';
import { severityRank } from '../../conformance/policy/policy.js';
import { replayLog } from '../../conformance/token-replay.js';
import { UserError } from '../../errors.js';
import { readModel } from '../../io/read-model.js';
import { readPolicy } from '../../io/read-policy.js';
import { checkReport } from '../../report/check-report.js';
import { renderCheckCsv, renderCheckJson, renderCheckMarkdown, renderCheckText } from '../../report/render-check.js';
import { withExitCode } from '../command-kit.js';
import { EXIT_FINDINGS, EXIT_OK } from '../exit-codes.js';
import { loadLog } from '../load-log.js';
import { addCalendarOptions, calendarFor, calendarSpecFrom } from '../calendar-options.js';
import { addReaderOptions } from '../reader-options.js';
import { styleFor } from '../style.js';
import { chooseFormat, writeOutput } from '../write-output.js';
export const registerCheck = (program, context) => addReaderOptions(addCalendarOptions(program
    .command('check')
    .description('check every case against an approval policy (--policy) and/or a process model (--model)')
    .argument('<files...>', 'CSV or XES inputs (.gz allowed), or - for standard input')
    .option('-p, --policy <file>', 'policy file (YAML or JSON) with a "rules:" list')
    .option('-m, --model <file>', 'process model for token-based replay: a Petri net (.pnml) or a BPMN 2.0 process (.bpmn)')
    .option('-f, --format <format>', 'text, json, md or csv (default: text, or from the -o extension)')
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a rule of this severity or higher is broken').choices(['high', 'medium', 'low']))
    .option('-q, --quiet', 'no notes on standard error'))).action(withExitCode(context, async (files, flags) => {
    if (flags.policy === undefined && flags.model === undefined)
        throw new UserError('nothing to check against: give --policy FILE and/or --model FILE');
    const format = chooseFormat(flags.format, flags.output, ['text', 'json', 'md', 'csv'], 'text');
    // Read the policy and model first: a typo there should not wait for a large log to load.
    const policy = flags.policy !== undefined ? readPolicy(flags.policy) : null;
    const model = flags.model !== undefined ? readModel(flags.model) : null;
    const calendarSpec = calendarSpecFrom(flags);
    const { log, diagnostics } = await loadLog(files, flags);
    const calendar = calendarFor(calendarSpec, log);
    const policyCheck = policy ? checkPolicy(log, policy, calendar ? { calendar } : {}) : null;
    const replay = model && flags.model !== undefined ? { file: flags.model, result: replayLog(log, model) } : null;
    const report = checkReport(log, policyCheck, replay, diagnostics.warnings, calendar);
    if (!flags.quiet)
        for (const warning of policyCheck?.warnings ?? [])
            process.stderr.write(`redtape: warning: ${warning}\n`);
    const toFile = flags.output !== undefined && flags.output !== '-';
    const rendered = format === 'json' ? renderCheckJson(report) : format === 'md' ? renderCheckMarkdown(report) : format === 'csv' ? renderCheckCsv(report) : renderCheckText(report, await styleFor(toFile));
    writeOutput(rendered, flags.output);
    if (flags.failOn === undefined)
        return EXIT_OK;
    const threshold = severityRank(flags.failOn);
    return report.rules.some((rule) => rule.violations > 0 && severityRank(rule.severity) >= threshold) ? EXIT_FINDINGS : EXIT_OK;
}));
