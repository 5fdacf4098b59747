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
    #ids = new Map();
    #names = [];
    #frozen = false;
    /** Builds a frozen dictionary from a list of distinct names (the id of each is its index). */
    static of(names) {
        const dictionary = new Dictionary();
        for (const name of names)
            dictionary.intern(name);
        return dictionary.freeze();
    }
    /** The names, indexed by id. */
    get names() {
        return this.#names;
    }
    /** Number of distinct names. */
    get size() {
        return this.#names.length;
    }
    /** Id of `name`, adding it when new. Throws once the dictionary is frozen. */
    intern(name) {
        const known = this.#ids.get(name);
        if (known !== undefined)
            return known;
        if (this.#frozen)
            throw new Error(`dictionary is frozen; cannot add ${JSON.stringify(name)}`);
        const id = this.#names.length;
        this.#ids.set(name, id);
        this.#names.push(name);
        return id;
    }
    /** Id of `name`, or {@link NONE} when absent. */
    idOf(name) {
        return this.#ids.get(name) ?? NONE;
    }
    /** Name of `id`; the empty string for {@link NONE}. */
    nameOf(id) {
        return id === NONE ? '' : (this.#names[id] ?? '');
    }
    /** Stops further additions; returns `this`. */
    freeze() {
        this.#frozen = true;
        Object.freeze(this.#names);
        return this;
    }
}
