// `redtape map FILE...`: the process the cases really followed, as a directly-follows graph or a heuristics net,
// simplified on request, in text, DOT, SVG, Mermaid or JSON; or a process tree (inductive miner) as text, JSON, PNML,
// BPMN, DOT or SVG.
import { InvalidArgumentError, Option } from 'commander';
import { HEURISTICS_DEFAULTS } from '../../discovery/discover-heuristics.js';
import { MAP_METRICS } from '../../discovery/process-map.js';
import { UserError } from '../../errors.js';
import { withExitCode } from '../command-kit.js';
import { EXIT_OK } from '../exit-codes.js';
import { loadLog } from '../load-log.js';
import { MAP_ALGORITHMS } from '../map-algorithms.js';
import { addReaderOptions } from '../reader-options.js';
import { styleFor } from '../style.js';
import { chooseFormat, writeOutput } from '../write-output.js';
/** A commander parser for a number within [min, max]. */
export function numberIn(min, max, integer = false) {
    return (value) => {
        const parsed = Number(value);
        if (value.trim() === '' || !Number.isFinite(parsed) || parsed < min || parsed > max || (integer && !Number.isInteger(parsed))) {
            throw new InvalidArgumentError(`expected ${integer ? 'an integer' : 'a number'} from ${min} to ${max}`);
        }
        return parsed;
    };
}
const unit = numberIn(-1, 1);
/** Common extensions of map files that are not the format's name: `.mmd` (Mermaid) and `.gv` (DOT). */
function extensionAlias(file) {
    if (file === undefined)
        return undefined;
    if (/\.mmd$/i.test(file))
        return 'mermaid';
    if (/\.gv$/i.test(file))
        return 'dot';
    return undefined;
}
export const registerMap = (program, context) => addReaderOptions(program
    .command('map')
    .description('draw the process the cases followed: directly-follows graph or heuristics net, simplified on request')
    .argument('<files...>', 'CSV or XES inputs (.gz allowed), or - for standard input')
    .addOption(new Option('-a, --algorithm <name>', 'discovery algorithm').choices(Object.keys(MAP_ALGORITHMS)).default('dfg'))
    .addOption(new Option('-m, --metric <metric>', 'what edges show: count, cases, or waiting time between the two steps').choices(MAP_METRICS).default('frequency'))
    .option('--activities <pct>', 'keep the most frequent activities, as a percentage (0-100) of all', numberIn(0, 100))
    .option('--paths <pct>', 'keep the strongest edges, as a percentage (0-100) of all; the map stays connected', numberIn(0, 100))
    .option('--dependency <x>', 'heuristics: minimum dependency measure', unit, HEURISTICS_DEFAULTS.dependency)
    .option('--and <x>', 'heuristics: AND-measure threshold for parallel branches', numberIn(0, 1000), HEURISTICS_DEFAULTS.and)
    .option('--loop-two <x>', 'heuristics: minimum length-two-loop measure', unit, HEURISTICS_DEFAULTS.loopTwo)
    .option('--min-activity-count <n>', 'heuristics: minimum events of an activity', numberIn(0, Number.MAX_SAFE_INTEGER, true), HEURISTICS_DEFAULTS.minActivityCount)
    .option('--min-dfg-occurrences <n>', 'heuristics: minimum count of an edge', numberIn(0, Number.MAX_SAFE_INTEGER, true), HEURISTICS_DEFAULTS.minDfgOccurrences)
    .option('--dfg-noise <x>', 'heuristics: drop edges below this share of both endpoints’ strongest edge (0 = off)', numberIn(0, 1), HEURISTICS_DEFAULTS.dfgNoise)
    .option('--noise <x>', 'inductive: IMf noise threshold from 0 to 0.99 (0 = plain IM, every trace fits)', numberIn(0, 0.99), 0)
    .option('-f, --format <format>', 'text, dot, svg, mermaid or json; inductive: text, json, pnml, bpmn, dot or svg (default: text, or from the -o extension)')
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('-q, --quiet', 'no notes on standard error')).action(withExitCode(context, async (files, flags) => {
    const algorithm = MAP_ALGORITHMS[flags.algorithm];
    if (algorithm === undefined)
        throw new UserError(`unknown algorithm ${JSON.stringify(flags.algorithm)}: use one of ${Object.keys(MAP_ALGORITHMS).join(', ')}`);
    const format = chooseFormat(flags.format ?? extensionAlias(flags.output), flags.output, algorithm.formats, 'text');
    const { log } = await loadLog(files, flags);
    const toFile = flags.output !== undefined && flags.output !== '-';
    const rendered = await algorithm.render(log, {
        metric: flags.metric,
        simplify: { activities: flags.activities, paths: flags.paths },
        heuristics: {
            dependency: flags.dependency,
            and: flags.and,
            loopTwo: flags.loopTwo,
            minActivityCount: flags.minActivityCount,
            minDfgOccurrences: flags.minDfgOccurrences,
            dfgNoise: flags.dfgNoise,
        },
        noise: flags.noise,
        style: await styleFor(toFile),
    }, format);
    writeOutput(rendered, flags.output);
    return EXIT_OK;
}));
