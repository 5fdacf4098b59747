// Options every reader takes, and the diagnostics every read returns (bad rows are kept, never dropped).
/** Column roles a CSV reader maps; the flag of each is `--<kebab-case name>`. */
export const COLUMN_ROLES = ['case', 'activity', 'timestamp', 'startTimestamp', 'resource', 'role', 'decision'];
