// The model `redtape inspect` renders: the log profile, how the input was read, and every data-quality problem.
/** Combines a profile with what the reader reported. O(rejected rows). */
export function inspectReport(log, profile, diagnostics) {
    const byReason = {};
    for (const row of diagnostics.rejected)
        byReason[row.reason] = (byReason[row.reason] ?? 0) + 1;
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
