// A log as plain data, case by case and event by event, so two logs can be compared with toEqual (round trips).

import { NONE } from '../../src/log/dictionary.js';
import type { AttributeColumn, EventLog } from '../../src/log/event-log.js';

export interface EventSnapshot {
  readonly activity: string;
  readonly time: string;
  readonly start?: string;
  readonly resource?: string;
  readonly role?: string;
  readonly decision?: string;
  readonly attributes: Record<string, string>;
}

export interface CaseSnapshot {
  readonly id: string;
  readonly attributes: Record<string, string>;
  readonly events: EventSnapshot[];
}

function values(columns: readonly AttributeColumn[], index: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const column of columns) {
    const id = column.ids[index] as number;
    if (id !== NONE) out[column.name] = column.values.nameOf(id);
  }
  return out;
}

/** Every case with its attributes and events (times as ISO strings, labels as names). O(n · attributes). */
export function logSnapshot(log: EventLog): CaseSnapshot[] {
  return log.caseIds.map((id, c) => {
    const events: EventSnapshot[] = [];
    for (let e = log.caseStart[c] as number; e < (log.caseStart[c + 1] as number); e++) {
      const start = log.startTime?.[e];
      const label = (dictionary: EventLog['resources'], value: number): string | undefined => (value === NONE ? undefined : dictionary.nameOf(value));
      const event: Record<string, unknown> = {
        activity: log.activities.nameOf(log.activity[e] as number),
        time: new Date(log.time[e] as number).toISOString(),
        attributes: values(log.eventAttributes, e),
      };
      if (start !== undefined && !Number.isNaN(start)) event.start = new Date(start).toISOString();
      const resource = label(log.resources, log.resource[e] as number);
      const role = label(log.roles, log.role[e] as number);
      const decision = label(log.decisions, log.decision[e] as number);
      if (resource !== undefined) event.resource = resource;
      if (role !== undefined) event.role = role;
      if (decision !== undefined) event.decision = decision;
      events.push(event as unknown as EventSnapshot);
    }
    return { id, attributes: values(log.caseAttributes, c), events };
  });
}
