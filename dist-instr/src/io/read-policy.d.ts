import type { Policy } from '../conformance/policy/policy.js';
/** Reads and validates `path`. Throws UserError (exit 2) when it is missing or wrong. */
export declare function readPolicy(path: string): Policy;
