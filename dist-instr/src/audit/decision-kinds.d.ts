/** Decision kinds, as stored in the signature table's `kind` column. */
export declare const APPROVE = 0;
export declare const REJECT = 1;
export declare const RETURN = 2;
export declare const OTHER = 3;
export type DecisionKindCode = typeof APPROVE | typeof REJECT | typeof RETURN | typeof OTHER;
export declare const KIND_NAMES: readonly ["approve", "reject", "return", "other"];
export type DecisionKindName = (typeof KIND_NAMES)[number];
/** Canonical form a decision word is compared in. O(length). */
export declare function decisionKey(word: string): string;
/** Word → kind. */
export type DecisionMap = ReadonlyMap<string, DecisionKindCode>;
/** The built-in words (English and Persian), extended or overridden by `extra`. O(words). */
export declare function decisionMap(extra?: DecisionMap): DecisionMap;
/**
 * Parses `--decision-map "approve=ok,accept;reject=nok;return=back"`: kinds `approve`, `reject`, `return` or `other`,
 * each with comma-separated words. Throws a UserError on an unknown kind or an empty word list. O(length).
 */
export declare function parseDecisionMap(text: string): DecisionMap;
/** The kind of one decision value; `other` when the word is unknown. O(length). */
export declare function classifyDecision(word: string, map: DecisionMap): DecisionKindCode;
