// An attribute column (other data from the export, per event or per case) while a log is being built.
import { Dictionary, NONE } from './dictionary.js';
import { Growable } from './growable.js';
/** A column of other data being built; readers keep the handle to skip the name lookup per value. */
export class AttributeBuilder {
    name;
    values = new Dictionary();
    ids = new Growable(Int32Array);
    constructor(name) {
        this.name = name;
    }
    /** Sets the value id of event (or case) `index`. */
    set(index, id) {
        this.ids.setAt(index, id, NONE);
    }
}
