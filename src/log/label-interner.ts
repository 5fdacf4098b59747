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
  readonly spellings: readonly (readonly string[])[];
}

/**
 * Raw label → id, normalizing on first sight of each raw spelling. Repeated spellings cost one `Map` lookup,
 * so normalization runs once per distinct raw string, not per event.
 */
export class LabelInterner {
  readonly dictionary = new Dictionary();
  readonly #byRaw = new Map<string, number>();
  /** First trimmed spelling per id; a set of spellings only for the ids that got a second one (memory: most never do). */
  readonly #first: string[] = [];
  readonly #spellings = new Map<number, Set<string>>();

  /** Id of the label `raw` normalizes to; {@link NONE} for an empty label. */
  id(raw: string): number {
    const known = this.#byRaw.get(raw);
    if (known !== undefined) return known;
    const canonical = normalizeLabel(raw);
    const id = canonical === '' ? NONE : this.dictionary.intern(canonical);
    this.#byRaw.set(raw, id);
    if (id !== NONE) this.#noteSpelling(id, raw.trim());
    return id;
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
    return {
      names: [...names],
      spellings: names.map((_, id) => {
        const first = this.#first[id] as string;
        return [first, ...[...(this.#spellings.get(id) ?? [])].filter((spelling) => spelling !== first)];
      }),
    };
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
