/**
 * Expands globs (sorted, so runs are reproducible); a glob that matches nothing is an error. The glob library is
 * loaded only when a name needs it.
 */
export declare function expandInputs(names: readonly string[]): Promise<string[]>;
