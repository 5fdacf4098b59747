import { Dictionary } from './dictionary.js';
import { Growable } from './growable.js';
/** A column of other data being built; readers keep the handle to skip the name lookup per value. */
export declare class AttributeBuilder {
    readonly name: string;
    readonly values: Dictionary;
    readonly ids: Growable<Int32Array<ArrayBuffer>>;
    constructor(name: string);
    /** Sets the value id of event (or case) `index`. */
    set(index: number, id: number): void;
}
