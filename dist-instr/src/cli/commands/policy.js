// `redtape policy suggest FILE...`: a starting policy from what the log does in at least 95% of cases.
import { suggestPolicy } from '../../conformance/suggest-policy.js';
import { UserError } from '../../errors.js';
import { renderPolicyJson, renderPolicyYaml } from '../../report/render-policy.js';
import { withExitCode } from '../command-kit.js';
import { EXIT_OK } from '../exit-codes.js';
import { loadLog } from '../load-log.js';
import { addReaderOptions } from '../reader-options.js';
import { chooseFormat, writeOutput } from '../write-output.js';
function percentage(value, flag) {
    const number = Number(value.replace(/%$/, ''));
    if (!Number.isFinite(number) || number <= 0 || number > 100)
        throw new UserError(`${flag} must be a percentage between 0 and 100, found ${JSON.stringify(value)}`);
    return number / 100;
}
export const registerPolicy = (program, context) => {
    const policy = program.command('policy').description('work with approval policies (see redtape check --policy)');
    addReaderOptions(policy
        .command('suggest')
        .description('write a starting policy from what the log does in at least 95% of cases, for the auditor to edit')
        .argument('<files...>', 'CSV or XES inputs (.gz allowed), or - for standard input')
        .option('--support <pct>', 'keep rules that hold in at least this share of the cases they apply to', '95')
        .option('--frequent <pct>', 'steps in at least this share of cases take part in ordering and four-eyes rules', '20')
        .option('-f, --format <format>', 'yaml or json (default: yaml, or from the -o extension)')
        .option('-o, --output <file>', 'write to a file instead of standard output')
        .option('-q, --quiet', 'no notes on standard error')).action(withExitCode(context, async (files, flags) => {
        const format = chooseFormat(flags.format, flags.output, ['yaml', 'json'], 'yaml');
        const support = percentage(flags.support, '--support');
        const frequent = percentage(flags.frequent, '--frequent');
        const { log } = await loadLog(files, flags);
        const suggested = suggestPolicy(log, { support, frequent });
        writeOutput(format === 'json' ? renderPolicyJson(suggested) : renderPolicyYaml(suggested, files), flags.output);
        return EXIT_OK;
    }));
    return policy;
};
