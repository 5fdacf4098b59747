// The one report model behind `redtape report`: every analysis run once on the log, gathered into a JSON-ready
// object (the `--format json` output, validated by schema/report.schema.json) plus the data only pictures need.
import { discoverDfg } from '../discovery/discover-dfg.js';
import { dfgMap } from '../discovery/process-map.js';
import { variantRows, variantsOf } from '../discovery/variants.js';
import { profileLog } from '../log/profile-log.js';
import { analyzeBottlenecks } from '../performance/analyze-bottlenecks.js';
import { calendarForLog, calendarTimeSpec } from '../performance/calendar.js';
import { caseThroughput } from '../performance/case-throughput.js';
import { inspectReport } from './inspect-report.js';
import { mapDocument } from './render-map.js';
import { sampleCases } from './sample-cases.js';
/** Version of the report JSON; bumped only when a key changes meaning or disappears. */
export const REPORT_SCHEMA_VERSION = 1;
/** Variants listed in full; the rest are counted. */
const VARIANT_ROWS = 50;
/** Cases in the dotted chart. */
const DOTTED_CASES = 300;
/** Edges the map shows at most when the user sets no simplification: a map an auditor can read. */
const AUTO_EDGE_LIMIT = 60;
function percent(value) {
    return `${Number(value.toFixed(1))}%`;
}
/**
 * Runs profile, process map, bottlenecks and variants on `log`. Pure and deterministic: the same log and options give
 * the same model. Cost: dominated by the bottleneck analysis (O(n) with one radix sort) and the DFG (O(n)).
 */
export function buildReport(log, diagnostics, options) {
    const dfg = discoverDfg(log);
    const paths = options.paths ?? (dfg.edges.length > AUTO_EDGE_LIMIT ? (100 * AUTO_EDGE_LIMIT) / dfg.edges.length : undefined);
    const map = dfgMap(dfg, { activities: options.activities, paths });
    const shown = `${options.activities === undefined ? 'all activities' : `activities ${percent(options.activities)}`}, ${paths === undefined ? 'all paths' : `paths ${percent(paths)}`}`;
    const hidden = map.hidden.activities || map.hidden.edges ? `: ${map.hidden.activities} activities and ${map.hidden.edges} edges hidden (${percent(map.hidden.eventShare * 100)} of events)` : '';
    const view = options.metric === 'frequency' || options.metric === 'cases' ? `frequency (${options.metric})` : `performance (${options.metric} waiting; node size by frequency)`;
    const bottlenecks = analyzeBottlenecks(log, options.bottlenecks);
    const variants = variantsOf(log);
    const spec = options.bottlenecks.calendar ?? calendarTimeSpec(log.source.timezone);
    const calendar = calendarForLog(spec, log);
    const model = {
        tool: 'redtape',
        schemaVersion: REPORT_SCHEMA_VERSION,
        generatedAt: options.generatedAt,
        log: inspectReport(log, profileLog(log, options.now), diagnostics),
        map: { ...mapDocument(map, options.metric), view, simplification: shown + hidden },
        bottlenecks,
        findings: options.audit?.findings ?? [],
        whatIf: options.audit?.whatIf ?? null,
        variants: { total: variants.length, shown: Math.min(VARIANT_ROWS, variants.length), rows: variantRows(log, variants.slice(0, VARIANT_ROWS)) },
    };
    return {
        model,
        pictures: {
            throughputSeconds: Array.from(caseThroughput(log, calendar.calendarTime ? undefined : calendar)),
            sample: sampleCases(log, DOTTED_CASES),
            activityNames: log.activities.names,
            map,
        },
    };
}
