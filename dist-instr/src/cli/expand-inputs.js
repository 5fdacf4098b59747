// Input names as users give them: paths, `-`, and globs (`exports/2024-*.csv`), which matter in config files and on
// shells that do not expand them. A name that exists as a file is taken literally, even with glob characters.
import { existsSync } from 'node:fs';
import { UserError } from '../errors.js';
const GLOB = /[*?[\]{}]/;
/**
 * Expands globs (sorted, so runs are reproducible); a glob that matches nothing is an error. The glob library is
 * loaded only when a name needs it.
 */
export async function expandInputs(names) {
    const out = [];
    for (const name of names) {
        if (name === '-' || !GLOB.test(name) || existsSync(name)) {
            out.push(name);
            continue;
        }
        const { globSync } = await import('tinyglobby');
        const matches = globSync(name, { onlyFiles: true, expandDirectories: false }).sort();
        if (matches.length === 0)
            throw new UserError(`no file matches ${name}`);
        out.push(...matches);
    }
    return out;
}
