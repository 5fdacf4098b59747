// Hands one builder's events to another: how a reader that split its input (e.g. the two halves of a large CSV read
// on two threads) joins the later part to the earlier. The parts are plain data, so they can cross a worker boundary.

import type { CaseKeyParts } from './case-keys.js';
import { NONE } from './dictionary.js';
import type { InternerParts, LabelInterner } from './label-interner.js';
import type { LogBuilder, RawColumns } from './log-builder.js';

/** An attribute column as plain data: value names by id, and the value id per event (or per case). */
export interface AttributeParts {
  readonly name: string;
  readonly values: readonly string[];
  readonly ids: Int32Array;
}

/** Everything a builder holds before build(), as plain data (typed arrays are transferable). */
export interface BuilderParts {
  readonly size: number;
  /** Case ids as UTF-8 bytes, by case index. */
  readonly caseKeys: CaseKeyParts;
  readonly columns: RawColumns;
  readonly labels: { readonly activities: InternerParts; readonly resources: InternerParts; readonly roles: InternerParts; readonly decisions: InternerParts };
  readonly eventAttributes: readonly AttributeParts[];
  readonly caseAttributes: readonly AttributeParts[];
}

/** Takes a builder's events and labels as plain data; the builder is spent. O(n). */
export function builderParts(builder: LogBuilder): BuilderParts {
  const size = builder.size;
  const attributes = (level: 'event' | 'case'): AttributeParts[] =>
    builder.attributeColumns(level).map((column) => ({ name: column.name, values: [...column.values.names], ids: column.ids.view().slice() }));
  return {
    size,
    caseKeys: builder.caseKeyParts(),
    columns: builder.takeColumns(),
    labels: {
      activities: builder.activities.parts(),
      resources: builder.resources.parts(),
      roles: builder.roles.parts(),
      decisions: builder.decisions.parts(),
    },
    eventAttributes: attributes('event'),
    caseAttributes: attributes('case'),
  };
}

/** The buffers of `parts`, to transfer rather than copy them to another thread. */
export function transferables(parts: BuilderParts): ArrayBuffer[] {
  const { columns } = parts;
  const chunks = [columns.case, columns.activity, columns.time, columns.start ?? [], columns.resource, columns.role, columns.decision].flat();
  const keys = [parts.caseKeys.bytes, parts.caseKeys.ends];
  return [...chunks, ...keys, ...parts.eventAttributes.map((a) => a.ids), ...parts.caseAttributes.map((a) => a.ids)].map((array) => array.buffer as ArrayBuffer);
}

/**
 * Appends the events of `parts` to `builder` as if they had been read after its own: cases, labels and attribute
 * values are matched by name (label spellings merge into the builder's report), out-of-order events are counted
 * against the builder's earlier events of the same case, and input positions continue. The chunks of `parts` become
 * the builder's (read through id maps when the log is built), so joining copies no events.
 * O(cases + labels + n) for the order check, plus O(n) per event attribute.
 */
export function absorbParts(builder: LogBuilder, parts: BuilderParts): void {
  // Loops, not Int32Array.from with a callback: that is several times slower per element, on 100,000s of them.
  const adopt = (interner: LabelInterner, labels: InternerParts): Int32Array => {
    const map = new Int32Array(labels.names.length);
    labels.names.forEach((name, id) => (map[id] = interner.adopt(name, labels.spellings.get(id) ?? [name])));
    return map;
  };
  const { bytes, ends } = parts.caseKeys;
  const caseMap = new Int32Array(ends.length);
  for (let k = 0, start = 0; k < caseMap.length; k++) {
    const end = ends[k] as number;
    caseMap[k] = builder.caseIndexOfBytes(bytes, start, end);
    start = end;
  }
  const first = builder.size;
  builder.appendColumns(parts.columns, parts.size, {
    case: caseMap,
    activity: adopt(builder.activities, parts.labels.activities),
    resource: adopt(builder.resources, parts.labels.resources),
    role: adopt(builder.roles, parts.labels.roles),
    decision: adopt(builder.decisions, parts.labels.decisions),
  });
  for (const attribute of parts.eventAttributes) {
    const target = builder.attribute(attribute.name, 'event');
    const map = Int32Array.from(attribute.values, (value) => target.values.intern(value));
    attribute.ids.forEach((id, i) => {
      if (id !== NONE) target.set(first + i, map[id] as number);
    });
  }
  for (const attribute of parts.caseAttributes) {
    const target = builder.attribute(attribute.name, 'case');
    const map = Int32Array.from(attribute.values, (value) => target.values.intern(value));
    attribute.ids.forEach((id, k) => {
      const c = caseMap[k] as number;
      if (id !== NONE && (target.ids.length <= c || target.ids.get(c) === NONE)) target.set(c, map[id] as number);
    });
  }
}
