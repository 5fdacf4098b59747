// Hands one builder's events to another: how a reader that split its input (e.g. the two halves of a large CSV read
// on two threads) joins the later part to the earlier. The parts are plain data, so they can cross a worker boundary.
// Two ways: absorb (the part's event chunks move to the earlier builder), or defer (the part's thread keeps its events
// and, when the log is built, writes them into the shared columns while the earlier builder writes its own).

import type { CaseKeyParts } from './case-keys.js';
import { NONE } from './dictionary.js';
import type { EventLog } from './event-log.js';
import type { InternerParts, LabelInterner } from './label-interner.js';
import type { ColumnMaps, RawColumns } from './event-columns.js';
import type { LogBuilder } from './log-builder.js';

/** An attribute column as plain data: value names by id, and the value id per event (or per case). */
export interface AttributeParts {
  readonly name: string;
  readonly values: readonly string[];
  readonly ids: Int32Array;
}

/** A builder's names: case ids, labels and attribute values, as plain data. */
export interface PartNames {
  /** Events of the part. */
  readonly size: number;
  /** Case ids as UTF-8 bytes, by case index. */
  readonly caseKeys: CaseKeyParts;
  readonly labels: { readonly activities: InternerParts; readonly resources: InternerParts; readonly roles: InternerParts; readonly decisions: InternerParts };
  readonly eventAttributes: readonly AttributeParts[];
  readonly caseAttributes: readonly AttributeParts[];
}

/** Everything a builder holds before build(), as plain data (typed arrays are transferable). */
export interface BuilderParts extends PartNames {
  readonly columns: RawColumns;
}

/** What a part whose events stay on their thread sends: its names, and its events per case. */
export interface PartSummary extends PartNames {
  readonly caseCounts: Int32Array;
  /** True when some of its events have a start time. */
  readonly hasStart: boolean;
}

/**
 * The per-event columns of the log being built, in case order (`order`: input position per log position); on shared
 * memory when two threads fill them, each the positions of its own events.
 */
export type LogColumns = Pick<EventLog, 'time' | 'startTime' | 'activity' | 'resource' | 'role' | 'decision' | 'order'>;

/** Where a deferred part's events go, sent to its thread when the log is built; the label maps follow (LabelMaps). */
export interface JoinPlan {
  /** Input position of the part's first event. */
  readonly base: number;
  /** The part's case indexes → the log's. */
  readonly caseMap: Int32Array;
  /** Per case of the part: the log position of its first event (its events follow in input order). */
  readonly first: Int32Array;
  /** Per case of the part: the latest time among the events read before the part (-Infinity for none). */
  readonly before: Float64Array;
  readonly columns: LogColumns;
}

/** What the part's thread reports once its events are placed. */
export interface PartScatter {
  /** Its events earlier than an event read before them in the same case. */
  readonly outOfOrder: number;
  /** Log case indexes of the cases that now need sorting by time. */
  readonly unsorted: Int32Array;
}

/** The part's label ids → the log's, per label column. */
export type LabelMaps = Omit<ColumnMaps, 'case'>;

/** A deferred part being placed: its label maps are sent once known, and its thread reports when done. */
export interface Placing {
  /** Sends the label maps (at once: the thread places times and order first, then waits for them). */
  labels(maps: LabelMaps): void;
  readonly placed: Promise<PartScatter>;
}

/** A part read by another thread whose events stay there until the log is built. */
export interface DeferredPart {
  readonly summary: PartSummary;
  /** Has the part's thread start placing its events as planned. */
  scatter(plan: JoinPlan): Placing;
  /** Lets the part's thread go when the log will not be built. */
  release(): void;
}

function partNames(builder: LogBuilder): PartNames {
  const attributes = (level: 'event' | 'case'): AttributeParts[] =>
    builder.attributeColumns(level).map((column) => ({ name: column.name, values: [...column.values.names], ids: column.ids.view().slice() }));
  return {
    size: builder.size,
    caseKeys: builder.caseKeyParts(),
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

/** Takes a builder's events and labels as plain data; the builder is spent. O(n). */
export function builderParts(builder: LogBuilder): BuilderParts {
  return { ...partNames(builder), columns: builder.takeColumns() };
}

/** A builder's names and per-case counts, for joining it as a deferred part; its events stay. O(n + cases). */
export function partSummary(builder: LogBuilder): PartSummary {
  return { ...partNames(builder), caseCounts: builder.caseCounts(), hasStart: builder.hasStart };
}

/** The buffers of `parts` (or of a summary), to transfer rather than copy them to another thread. */
export function transferables(parts: BuilderParts | PartSummary): ArrayBuffer[] {
  const columns = 'columns' in parts ? parts.columns : null;
  const chunks: (Int32Array | Float64Array)[] = columns
    ? [columns.case, columns.activity, columns.time, columns.start ?? [], columns.resource, columns.role, columns.decision].flat()
    : [(parts as PartSummary).caseCounts];
  const keys = [parts.caseKeys.bytes, parts.caseKeys.ends];
  return [...chunks, ...keys, ...parts.eventAttributes.map((a) => a.ids), ...parts.caseAttributes.map((a) => a.ids)].map((array) => array.buffer as ArrayBuffer);
}

/**
 * Gives `builder` the cases and attribute values of a part read after its own events, matched by name; the part's
 * attribute values are set at input positions from the builder's current size. Returns the part's case indexes → the
 * builder's. O(cases + attribute values).
 */
function adoptCases(builder: LogBuilder, parts: PartNames): Int32Array {
  const { bytes, ends } = parts.caseKeys;
  const caseMap = new Int32Array(ends.length);
  for (let k = 0, start = 0; k < caseMap.length; k++) {
    const end = ends[k] as number;
    caseMap[k] = builder.caseIndexOfBytes(bytes, start, end);
    start = end;
  }
  const first = builder.size;
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
  return caseMap;
}

/** Gives `builder` the labels of a part (spellings merge into its report); the part's label ids → the builder's. */
function adoptLabels(builder: LogBuilder, parts: PartNames): LabelMaps {
  // Loops, not Int32Array.from with a callback: that is several times slower per element, on 100,000s of them.
  const adopt = (interner: LabelInterner, labels: InternerParts): Int32Array => {
    const map = new Int32Array(labels.names.length);
    labels.names.forEach((name, id) => (map[id] = interner.adopt(name, labels.spellings.get(id) ?? [name])));
    return map;
  };
  return {
    activity: adopt(builder.activities, parts.labels.activities),
    resource: adopt(builder.resources, parts.labels.resources),
    role: adopt(builder.roles, parts.labels.roles),
    decision: adopt(builder.decisions, parts.labels.decisions),
  };
}

/**
 * Appends the events of `parts` to `builder` as if they had been read after its own: names are adopted (see
 * adoptCases, adoptLabels), out-of-order events are counted against the builder's earlier events of the same case, and input
 * positions continue. The chunks of `parts` become the builder's (read through id maps when the log is built), so
 * joining copies no events. O(cases + labels + n) for the order check, plus O(n) per event attribute.
 */
export function absorbParts(builder: LogBuilder, parts: BuilderParts): void {
  const caseMap = adoptCases(builder, parts);
  builder.appendColumns(parts.columns, parts.size, { case: caseMap, ...adoptLabels(builder, parts) });
}

/**
 * Joins a part whose events stay on its thread: its cases are adopted now, its labels when the log is built (the
 * builder takes no more events, so ids come out as if it were absorbed), while its thread already places its times
 * ({@link LogBuilder.buildJoined}). O(cases + labels).
 */
export function deferPart(builder: LogBuilder, part: DeferredPart): void {
  builder.defer(part, adoptCases(builder, part.summary), () => adoptLabels(builder, part.summary));
}
