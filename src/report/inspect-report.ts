// The model `redtape inspect` renders: the log profile, how the input was read, and every data-quality problem.

import type { Diagnostics } from '../io/read-options.js';
import type { EventLog } from '../log/event-log.js';
import type { LogProfile } from '../log/profile-log.js';

/** JSON shape of `inspect --format json` (keys are a contract: extend, never rename). */
export interface InspectReport extends Omit<LogProfile, 'quality'> {
  readonly files: readonly string[];
  readonly mapping: Readonly<Record<string, string>>;
  readonly timestampFormat: string;
  readonly timezone: string;
  readonly rowsRead: number;
  readonly rejected: { readonly count: number; readonly byReason: Readonly<Record<string, number>> };
  readonly labelMerges: readonly { readonly column: string; readonly canonical: string; readonly variants: readonly string[] }[];
  readonly quality: LogProfile['quality'] & { readonly outOfOrderRows: number };
  readonly warnings: readonly string[];
}

/** Combines a profile with what the reader reported. O(rejected rows). */
export function inspectReport(log: EventLog, profile: LogProfile, diagnostics: Diagnostics): InspectReport {
  const byReason: Record<string, number> = {};
  for (const row of diagnostics.rejected) byReason[row.reason] = (byReason[row.reason] ?? 0) + 1;
  return {
    files: log.source.files,
    events: profile.events,
    cases: profile.cases,
    activities: profile.activities,
    resources: profile.resources,
    roles: profile.roles,
    decisions: profile.decisions,
    timeRange: profile.timeRange,
    eventsPerCase: profile.eventsPerCase,
    mapping: log.source.mapping,
    timestampFormat: log.source.timestampFormat,
    timezone: log.source.timezone,
    rowsRead: diagnostics.rowsRead,
    rejected: { count: diagnostics.rejected.length, byReason },
    labelMerges: diagnostics.labelMerges.map(({ column, canonical, variants }) => ({ column, canonical, variants })),
    quality: { ...profile.quality, outOfOrderRows: diagnostics.outOfOrder },
    warnings: diagnostics.warnings,
  };
}
