// The one place that decides colour: chalk styles on a terminal, plain text with NO_COLOR, when piped, or to a file.
import { PLAIN } from '../report/style.js';
/** True when output to `stream` may be coloured. */
export function colourEnabled(stream) {
    if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '')
        return false;
    if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0')
        return true;
    return stream.isTTY === true;
}
/** A style for text written to standard output (`toFile` → always plain; chalk is loaded only to colour). */
export async function styleFor(toFile) {
    if (toFile || !colourEnabled(process.stdout))
        return PLAIN;
    const { Chalk } = await import('chalk');
    const chalk = new Chalk({ level: 1 });
    return { heading: chalk.bold, dim: chalk.dim, warn: chalk.yellow, bad: chalk.red, good: chalk.green };
}
