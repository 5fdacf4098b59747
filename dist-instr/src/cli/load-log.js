// Reads the inputs of a command with its reader flags, writes `--rejects`, and tells the user on stderr how many
// rows were set aside (the details stay in the diagnostics and the rejects file).
import { readLog } from '../io/read-log.js';
import { renderRejectsCsv } from '../report/render-rejects.js';
import { expandInputs } from './expand-inputs.js';
import { byteProgress } from './progress.js';
import { readOptionsFrom } from './reader-options.js';
import { writeFileAtomic } from './write-output.js';
/** Reads `inputs` (globs expanded); with `quiet`, says nothing on stderr and shows no progress bar. */
export async function loadLog(inputs, flags, options = {}) {
    const files = await expandInputs(inputs);
    const progress = await byteProgress(!flags.quiet);
    let result;
    try {
        result = await readLog(files, { ...readOptionsFrom(flags), onProgress: progress.onProgress });
    }
    finally {
        progress.stop();
    }
    const { rejected, warnings } = result.diagnostics;
    if (flags.rejects !== undefined && options.writeRejects !== false)
        writeFileAtomic(flags.rejects, renderRejectsCsv(rejected));
    if (!flags.quiet) {
        const prefix = options.label === undefined ? 'redtape: ' : `redtape: ${options.label}: `;
        if (rejected.length > 0) {
            const where = flags.rejects !== undefined ? `written to ${flags.rejects}` : 'use --rejects FILE to save them';
            process.stderr.write(`${prefix}${rejected.length} of ${result.diagnostics.rowsRead} rows set aside (${where})\n`);
        }
        for (const warning of warnings)
            process.stderr.write(`${prefix}warning: ${warning}\n`);
    }
    return result;
}
