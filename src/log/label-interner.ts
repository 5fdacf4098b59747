// Interns raw labels through normalizeLabel and remembers which raw spellings were merged, so the merge can be reported.

import { Dictionary, NONE } from './dictionary.js';
import { normalizeLabel } from './normalize-label.js';

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
export class LabelInterner {
  readonly dictionary = new Dictionary();
  /** Raw spellings that are not themselves a canonical name. */
  readonly #byRaw = new Map<string, number>();
  /**
   * Per id, 1 once its name is known to be its own canonical form and was noted as a spelling, so a raw label equal
   * to the name can be answered from the dictionary. (Names normalize to themselves except in odd cases such as a
   * zero-width non-joiner between two spaces, which leave two spaces; those keep going through `#byRaw`.)
   */
  #direct = new Uint8Array(64);
  /** First trimmed spelling per id; a set of spellings only for the ids that got a second one (memory: most never do). */
  readonly #first: string[] = [];
  readonly #spellings = new Map<number, Set<string>>();

  /** Id of the label `raw` normalizes to; {@link NONE} for an empty label. */
  id(raw: string): number {
    const named = this.dictionary.idOf(raw);
    if (named !== NONE && this.#direct[named] === 1) return named;
    const known = this.#byRaw.get(raw);
    if (known !== undefined) return known;
    const canonical = normalizeLabel(raw);
    // A canonical raw label that idOf did not find is new: added without looking it up again.
    const id = canonical === '' ? NONE : canonical === raw && named === NONE ? this.dictionary.add(raw) : this.dictionary.intern(canonical);
    if (id !== NONE) this.#noteSpelling(id, raw.trim());
    if (id !== NONE && canonical === raw) this.#markDirect(id); // raw normalizes to itself
    else this.#byRaw.set(raw, id);
    return id;
  }

  #markDirect(id: number): void {
    if (id >= this.#direct.length) {
      const grown = new Uint8Array(Math.max(2 * this.#direct.length, id + 1));
      grown.set(this.#direct);
      this.#direct = grown;
    }
    this.#direct[id] = 1;
  }

  #noteSpelling(id: number, spelling: string): void {
    const first = this.#first[id];
    if (first === undefined) this.#first[id] = spelling;
    else if (first !== spelling) {
      const spellings = this.#spellings.get(id) ?? new Set<string>([first]);
      spellings.add(spelling);
      this.#spellings.set(id, spellings);
    }
  }

  /** Labels by id with every (trimmed) raw spelling seen for each, first spelling first: what {@link adopt} takes. */
  parts(): InternerParts {
    const names = this.dictionary.names;
    const spellings = new Map<number, string[]>();
    names.forEach((name, id) => {
      const first = this.#first[id] as string;
      const others = this.#spellings.get(id);
      if (first !== name || others) spellings.set(id, [first, ...[...(others ?? [])].filter((spelling) => spelling !== first)]);
    });
    return { names: [...names], spellings };
  }

  /** Id of an already normalized label that another interner read in the spellings given (merging their reports). */
  adopt(name: string, spellings: readonly string[]): number {
    const id = this.dictionary.intern(name);
    for (const spelling of spellings) this.#noteSpelling(id, spelling);
    return id;
  }

  /** Labels that more than one distinct (trimmed) raw spelling mapped to. */
  merges(): LabelMerge[] {
    const merges: LabelMerge[] = [];
    for (const [id, spellings] of this.#spellings) merges.push({ canonical: this.dictionary.nameOf(id), variants: [...spellings].sort() });
    return merges.sort((a, b) => a.canonical.localeCompare(b.canonical));
  }
}
