/** Id used in an event column when the event has no value for it (no resource, no decision, ...). */
export declare const NONE = -1;
/**
 * An append-only string ↔ id table. Ids are dense, starting at 0, in order of first insertion.
 * Lookups are O(1) (a `Map`); the table is frozen by {@link Dictionary.freeze} once the log is built,
 * after which filters share it instead of copying it.
 */
export declare class Dictionary {
    #private;
    /** Builds a frozen dictionary from a list of distinct names (the id of each is its index). */
    static of(names: Iterable<string>): Dictionary;
    /** The names, indexed by id. */
    get names(): readonly string[];
    /** Number of distinct names. */
    get size(): number;
    /** Id of `name`, adding it when new. Throws once the dictionary is frozen. */
    intern(name: string): number;
    /** Id of `name`, or {@link NONE} when absent. */
    idOf(name: string): number;
    /** Name of `id`; the empty string for {@link NONE}. */
    nameOf(id: number): string;
    /** Stops further additions; returns `this`. */
    freeze(): this;
}
