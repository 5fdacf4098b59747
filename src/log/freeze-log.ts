// The last step of building a log: its columns (in case order), names and attribute columns frozen into one EventLog.

import type { AttributeBuilder } from './attribute-builder.js';
import type { LogColumns } from './builder-parts.js';
import { NONE } from './dictionary.js';
import type { AttributeColumn, EventLog, LogSource } from './event-log.js';
import type { LabelInterner } from './label-interner.js';

/** What a built log is made of. */
export interface LogParts {
  readonly labels: { readonly activities: LabelInterner; readonly resources: LabelInterner; readonly roles: LabelInterner; readonly decisions: LabelInterner };
  readonly caseIds: string[];
  readonly caseStart: Int32Array;
  /** In case order; `order` is the input position of each event. */
  readonly columns: LogColumns;
  /** Attribute values per input position (event level) or per case (case level), not yet in the log's order. */
  readonly eventAttributes: readonly AttributeBuilder[];
  readonly caseAttributes: readonly AttributeBuilder[];
  readonly source: LogSource;
}

/** The frozen log: event attributes moved into case order, missing values {@link NONE}. O(n × event attributes). */
export function freezeLog(parts: LogParts): EventLog {
  const { columns, caseIds } = parts;
  const n = columns.time.length;
  const eventAttributes: AttributeColumn[] = parts.eventAttributes.map((column) =>
    Object.freeze({ name: column.name, values: column.values.freeze(), ids: gatherIds(padded(column.ids.view(), n), columns.order) }),
  );
  const caseAttributes: AttributeColumn[] = parts.caseAttributes.map((column) =>
    Object.freeze({ name: column.name, values: column.values.freeze(), ids: padded(column.ids.view(), caseIds.length).slice() }),
  );
  const { source, labels } = parts;
  return Object.freeze({
    activities: labels.activities.dictionary.freeze(),
    resources: labels.resources.dictionary.freeze(),
    roles: labels.roles.dictionary.freeze(),
    decisions: labels.decisions.dictionary.freeze(),
    caseIds: Object.freeze(caseIds),
    caseStart: parts.caseStart,
    activity: columns.activity,
    time: columns.time,
    startTime: columns.startTime,
    resource: columns.resource,
    role: columns.role,
    decision: columns.decision,
    order: columns.order,
    eventAttributes: Object.freeze(eventAttributes),
    caseAttributes: Object.freeze(caseAttributes),
    source: Object.freeze({ ...source, mapping: Object.freeze({ ...source.mapping }), files: Object.freeze([...source.files]) }),
  });
}

/** `ids` at `length` values, {@link NONE} past its end. */
function padded(ids: Int32Array, length: number): Int32Array {
  if (ids.length === length) return ids;
  const out = new Int32Array(length).fill(NONE);
  out.set(ids);
  return out;
}

/** `ids` in the log's order: position i takes `ids[permutation[i]]`. O(n). */
function gatherIds(ids: Int32Array, permutation: Int32Array): Int32Array {
  const out = new Int32Array(permutation.length);
  for (let i = 0; i < permutation.length; i++) out[i] = ids[permutation[i] as number] as number;
  return out;
}
