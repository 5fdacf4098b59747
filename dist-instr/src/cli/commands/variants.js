// `redtape variants FILE...`: the distinct paths cases took, most frequent first, with share and throughput time.
import { variantRows, variantsOf } from '../../discovery/variants.js';
import { renderVariantsCsv, renderVariantsJson, renderVariantsMarkdown, renderVariantsText } from '../../report/render-variants.js';
import { withExitCode } from '../command-kit.js';
import { EXIT_OK } from '../exit-codes.js';
import { loadLog } from '../load-log.js';
import { addReaderOptions } from '../reader-options.js';
import { styleFor } from '../style.js';
import { chooseFormat, writeOutput } from '../write-output.js';
import { numberIn } from './map.js';
export const registerVariants = (program, context) => addReaderOptions(program
    .command('variants')
    .description('list the variants (distinct activity sequences) with count, share, cumulative share and median throughput time')
    .argument('<files...>', 'CSV or XES inputs (.gz allowed), or - for standard input')
    .option('-n, --top <n>', 'show only the N most frequent variants', numberIn(1, Number.MAX_SAFE_INTEGER, true))
    .option('--coverage <pct>', 'show the most frequent variants until they cover this percentage (0-100) of cases', numberIn(0, 100))
    .option('-f, --format <format>', 'text, json, csv or md (default: text, or from the -o extension)')
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('-q, --quiet', 'no notes on standard error')).action(withExitCode(context, async (files, flags) => {
    const format = chooseFormat(flags.format, flags.output, ['text', 'json', 'csv', 'md'], 'text');
    const { log } = await loadLog(files, flags);
    const variants = variantsOf(log);
    const rows = variantRows(log, variants, { top: flags.top, coverage: flags.coverage === undefined ? undefined : flags.coverage / 100 });
    const summary = { cases: log.caseIds.length, variants: variants.length };
    const toFile = flags.output !== undefined && flags.output !== '-';
    const rendered = format === 'json'
        ? renderVariantsJson(rows, summary)
        : format === 'csv'
            ? renderVariantsCsv(rows)
            : format === 'md'
                ? renderVariantsMarkdown(rows, summary)
                : renderVariantsText(rows, summary, await styleFor(toFile));
    writeOutput(rendered, flags.output);
    return EXIT_OK;
}));
