// The report of `redtape check`: policy results and model replay, in the shape every renderer (and the JSON contract)
// reads. Durations none; shares are 0–1.
/** Assembles the report. */
export function checkReport(log, policy, replay, warnings, calendar) {
    return {
        tool: 'redtape',
        schemaVersion: 1,
        log: { files: log.source.files, cases: log.caseIds.length, events: log.activity.length },
        policy: policy?.policyFile ?? null,
        model: replay?.file ?? null,
        calendar: calendar
            ? { workHours: calendar.spec.week.text, holidays: calendar.spec.holidays.map((holiday) => holiday.date), timezone: calendar.spec.timezone, dayLength: calendar.dayLength }
            : null,
        rules: policy?.rules ?? [],
        cases: policy?.cases ?? [],
        casesViolating: policy?.cases.length ?? 0,
        replay: replay?.result ?? null,
        warnings: [...warnings, ...(policy?.warnings ?? [])],
    };
}
