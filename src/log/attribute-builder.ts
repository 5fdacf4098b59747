// An attribute column (other data from the export, per event or per case) while a log is being built.

import { Dictionary, NONE } from './dictionary.js';
import { Growable } from './growable.js';

/** A column of other data being built; readers keep the handle to skip the name lookup per value. */
export class AttributeBuilder {
  readonly values = new Dictionary();
  readonly ids = new Growable(Int32Array);
  constructor(readonly name: string) {}

  /** Sets the value id of event (or case) `index`. */
  set(index: number, id: number): void {
    this.ids.setAt(index, id, NONE);
  }
}
