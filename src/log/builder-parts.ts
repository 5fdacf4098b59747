// Hands one builder's events to another: how a reader that split its input (e.g. the two halves of a large CSV read
// on two threads) joins the later part to the earlier. The parts are plain data, so they can cross a worker boundary.

import { CHUNK_BITS, CHUNK_SIZE, releaseChunk } from './chunked-column.js';
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
  readonly caseIds: readonly string[];
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
    caseIds: [...builder.caseIds],
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
  return [...chunks, ...parts.eventAttributes.map((a) => a.ids), ...parts.caseAttributes.map((a) => a.ids)].map((array) => array.buffer as ArrayBuffer);
}

/**
 * Appends the events of `parts` to `builder` as if they had been read after its own: cases, labels and attribute
 * values are matched by name (label spellings merge into the builder's report), out-of-order events are counted
 * against the builder's earlier events of the same case, and input positions continue; each chunk of `parts` is freed
 * once appended. O(n + labels).
 */
export function absorbParts(builder: LogBuilder, parts: BuilderParts): void {
  const caseOf = Int32Array.from(parts.caseIds, (id) => builder.caseIndex(id));
  const adopt = (interner: LabelInterner, labels: InternerParts): Int32Array =>
    Int32Array.from(labels.names, (name, id) => interner.adopt(name, labels.spellings[id] ?? []));
  const activityOf = adopt(builder.activities, parts.labels.activities);
  const resourceOf = adopt(builder.resources, parts.labels.resources);
  const roleOf = adopt(builder.roles, parts.labels.roles);
  const decisionOf = adopt(builder.decisions, parts.labels.decisions);
  const remap = (ids: Int32Array, map: Int32Array, i: number): number => {
    const id = ids[i] as number;
    return id === NONE ? NONE : (map[id] as number);
  };
  const eventAttributes = parts.eventAttributes.map((attribute) => {
    const target = builder.attribute(attribute.name, 'event');
    return { target, ids: attribute.ids, map: Int32Array.from(attribute.values, (value) => target.values.intern(value)) };
  });
  const { columns } = parts;
  // Chunks arrive on resizable buffers, which V8 11 reads several times slower than plain ones: each is copied into
  // a plain scratch array first (a native copy), then freed.
  const ints = Array.from({ length: 5 }, () => new Int32Array(CHUNK_SIZE));
  const [cases, activities, resources, roles, decisions] = ints as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
  const times = new Float64Array(CHUNK_SIZE);
  const starts = columns.start ? new Float64Array(CHUNK_SIZE) : null;
  for (let k = 0; k < columns.activity.length; k++) {
    const base = k << CHUNK_BITS;
    const sources = [columns.case[k], columns.activity[k], columns.resource[k], columns.role[k], columns.decision[k]] as Int32Array[];
    sources.forEach((chunk, c) => (ints[c] as Int32Array).set(chunk));
    times.set(columns.time[k] as Float64Array);
    if (starts) starts.set(columns.start?.[k] as Float64Array);
    // Freed as soon as copied, so the two builders together never hold more than one copy of the events.
    for (const chunk of [...sources, columns.time[k], columns.start?.[k]]) if (chunk) releaseChunk(chunk);
    for (let j = 0, length = Math.min(CHUNK_SIZE, parts.size - base); j < length; j++) {
      const resource = resources[j] as number;
      const role = roles[j] as number;
      const decision = decisions[j] as number;
      const event = builder.push(
        caseOf[cases[j] as number] as number,
        activityOf[activities[j] as number] as number,
        times[j] as number,
        starts ? (starts[j] as number) : NaN,
        resource === NONE ? NONE : (resourceOf[resource] as number),
        role === NONE ? NONE : (roleOf[role] as number),
        decision === NONE ? NONE : (decisionOf[decision] as number),
      );
      if (eventAttributes.length === 0) continue;
      for (const attribute of eventAttributes) {
        const i = base + j;
        if (i < attribute.ids.length && attribute.ids[i] !== NONE) attribute.target.set(event, remap(attribute.ids, attribute.map, i));
      }
    }
  }
  for (const attribute of parts.caseAttributes) {
    const target = builder.attribute(attribute.name, 'case');
    const map = Int32Array.from(attribute.values, (value) => target.values.intern(value));
    attribute.ids.forEach((id, k) => {
      const c = caseOf[k] as number;
      if (id !== NONE && (target.ids.length <= c || target.ids.get(c) === NONE)) target.set(c, map[id] as number);
    });
  }
}
