// Interned labels: every distinct activity, resource, role or decision is stored once and events refer to it by id.
// This is what keeps the log columnar (Int32Array ids) and what makes DFGs and variants cheap (integer keys, not strings).

/** Id used in an event column when the event has no value for it (no resource, no decision, ...). */
export const NONE = -1;

/**
 * An append-only string ↔ id table. Ids are dense, starting at 0, in order of first insertion.
 * Lookups are O(1) (a `Map`); the table is frozen by {@link Dictionary.freeze} once the log is built,
 * after which filters share it instead of copying it.
 */
export class Dictionary {
  readonly #ids = new Map<string, number>();
  readonly #names: string[] = [];
  #frozen = false;

  /** Builds a frozen dictionary from a list of distinct names (the id of each is its index). */
  static of(names: Iterable<string>): Dictionary {
    const dictionary = new Dictionary();
    for (const name of names) dictionary.intern(name);
    return dictionary.freeze();
  }

  /** The names, indexed by id. */
  get names(): readonly string[] {
    return this.#names;
  }

  /** Number of distinct names. */
  get size(): number {
    return this.#names.length;
  }

  /** Id of `name`, adding it when new. Throws once the dictionary is frozen. */
  intern(name: string): number {
    const known = this.#ids.get(name);
    if (known !== undefined) return known;
    return this.add(name);
  }

  /**
   * Id of `name`, which the caller has just found absent (with {@link idOf}): one `Map` operation fewer than
   * {@link intern}, which matters for a column of 100,000s of user names, each new. Throws once frozen.
   */
  add(name: string): number {
    if (this.#frozen) throw new Error(`dictionary is frozen; cannot add ${JSON.stringify(name)}`);
    const id = this.#names.length;
    this.#ids.set(name, id);
    this.#names.push(name);
    return id;
  }

  /** Id of `name`, or {@link NONE} when absent. */
  idOf(name: string): number {
    return this.#ids.get(name) ?? NONE;
  }

  /** Name of `id`; the empty string for {@link NONE}. */
  nameOf(id: number): string {
    return id === NONE ? '' : (this.#names[id] ?? '');
  }

  /** Stops further additions; returns `this`. */
  freeze(): this {
    this.#frozen = true;
    Object.freeze(this.#names);
    return this;
  }
}
