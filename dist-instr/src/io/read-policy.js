// Reads a policy file (YAML or JSON) from disk; parsing and validation live in conformance/policy.
import { readFileSync } from 'node:fs';
import { parsePolicy } from '../conformance/policy/parse-policy.js';
import { UserError } from '../errors.js';
/** Reads and validates `path`. Throws UserError (exit 2) when it is missing or wrong. */
export function readPolicy(path) {
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (error) {
        throw new UserError(`cannot read policy ${path}: ${error.code ?? error.message}`);
    }
    return parsePolicy(text.replace(/^\uFEFF/, ''), path);
}
