import { type Policy } from './policy.js';
/**
 * Parses and validates policy text. `file` names it in errors (`file:line:column: message`, naming the key).
 * Step names are normalized like log labels, so a policy typed with Arabic ي/ك matches a log with Persian ی/ک.
 * Throws {@link UserError} on the first mistake. O(size of the text).
 */
export declare function parsePolicy(source: string, file?: string): Policy;
