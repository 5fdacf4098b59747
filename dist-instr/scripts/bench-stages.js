// The analyses `npm run bench` times after ingest, one line each. To add yours: append
// `{ name: 'audit', run: (log) => audit(log, {}) }` (run may be async); the harness times it, samples peak memory
// and prints a row. Keep the name short; it is a table column.
import { auditLog } from '../src/audit/audit-log.js';
import { discoverDfg } from '../src/discovery/discover-dfg.js';
import { discoverInductive } from '../src/discovery/discover-inductive.js';
import { variantsOf } from '../src/discovery/variants.js';
import { profileLog } from '../src/log/profile-log.js';
import { analyzeBottlenecks } from '../src/performance/analyze-bottlenecks.js';
import { parseDuration } from '../src/performance/duration.js';
import { parseWorkHours } from '../src/performance/parse-work-hours.js';
import { buildReport } from '../src/report/build-report.js';
import { reportHtml } from '../src/report/html/report-html.js';
import { locale } from '../src/report/i18n.js';
import { renderMapSvg } from '../src/report/render-map-svg.js';
const calendar = { week: parseWorkHours('iran-gov'), holidays: [], timezone: 'UTC' };
const noDiagnostics = { rowsRead: 0, rejected: [], warnings: [], labelMerges: [], outOfOrder: 0 };
/** Issue 6: the HTML report stays under 5 MB however large the log. */
const HTML_LIMIT_BYTES = 5_000_000;
export const BENCH_STAGES = [
    { name: 'profile (inspect figures)', run: (log) => profileLog(log, Date.now()) },
    { name: 'dfg + variants', run: (log) => [discoverDfg(log), variantsOf(log)] },
    { name: 'inductive miner', run: (log) => discoverInductive(log) },
    { name: 'bottlenecks (calendar, sla)', run: (log) => analyzeBottlenecks(log, { calendar, sla: parseDuration('30wd') }) },
    { name: 'audit', run: (log) => auditLog(log) },
    { name: 'report model (html data)', run: (log) => buildReport(log, noDiagnostics, { generatedAt: '', now: Date.now(), metric: 'median', bottlenecks: { calendar } }) },
    {
        // What `redtape report -o report.html` does after ingest, but the audit (timed above): model, map layout (Graphviz
        // loads on first use, as in a fresh CLI process), HTML string.
        name: 'html report (model + map + render)',
        run: async (log) => {
            const { model, pictures } = buildReport(log, noDiagnostics, { generatedAt: '', now: Date.now(), metric: 'median', bottlenecks: { calendar } });
            return reportHtml(model, pictures, [], null, await renderMapSvg(pictures.map, model.map.metric), locale('en'));
        },
        note: (html) => {
            const bytes = Buffer.byteLength(html);
            return `html report: ${(bytes / 1_000_000).toFixed(2)} MB (target < 5 MB: ${bytes < HTML_LIMIT_BYTES ? 'met' : 'NOT met'})`;
        },
    },
];
