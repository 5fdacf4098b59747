import { Dictionary } from './dictionary.js';
/** A set of raw spellings that became one label. */
export interface LabelMerge {
    readonly canonical: string;
    readonly variants: readonly string[];
}
/** One interner's labels, to be adopted by another (see {@link LabelInterner.parts}). */
export interface InternerParts {
    readonly names: readonly string[];
    /** Spellings seen, first spelling first, for the ids read in any spelling but their name alone (most are not). */
    readonly spellings: ReadonlyMap<number, readonly string[]>;
}
/**
 * Raw label → id, normalizing on first sight of each raw spelling. A raw label that is already a canonical name costs
 * one `Map` lookup in the dictionary; only the other spellings (untrimmed, Arabic letters, …) get an entry of their
 * own, so a column of 100,000s of user names holds one map, not two. Normalization runs once per distinct raw string.
 */
export declare class LabelInterner {
    #private;
    readonly dictionary: Dictionary;
    /** Id of the label `raw` normalizes to; {@link NONE} for an empty label. */
    id(raw: string): number;
    /** Labels by id with every (trimmed) raw spelling seen for each, first spelling first: what {@link adopt} takes. */
    parts(): InternerParts;
    /** Id of an already normalized label that another interner read in the spellings given (merging their reports). */
    adopt(name: string, spellings: readonly string[]): number;
    /** Labels that more than one distinct (trimmed) raw spelling mapped to. */
    merges(): LabelMerge[];
}
