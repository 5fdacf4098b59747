// `redtape report FILE... -o report.html|report.md|report.json|folder/`: everything an auditor needs in one file,
// or every format into a folder for a scheduled job.

import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { MAP_METRICS, type MapMetric } from '../../discovery/process-map.js';
import { UserError } from '../../errors.js';
import { parseDuration } from '../../performance/duration.js';
import { buildReport } from '../../report/build-report.js';
import { auditLog } from '../../audit/audit-log.js';
import { severityRank } from '../../audit/finding.js';
import { writeAuditCsv } from '../../report/render-audit.js';
import { writeJson } from '../../report/json-text.js';
import { BOTTLENECK_JSON } from '../../report/render-bottlenecks.js';
import { reportHtml, whatIfRows } from '../../report/html/report-html.js';
import { locale, type DateStyle, type Lang } from '../../report/i18n.js';
import { renderMapSvg } from '../../report/render-map-svg.js';
import { renderReportMarkdown } from '../../report/render-report-markdown.js';
import { addCalendarOptions, calendarSpecFrom, type CalendarFlags } from '../calendar-options.js';
import { withExitCode, type RegisterCommand } from '../command-kit.js';
import { EXIT_FINDINGS, EXIT_OK } from '../exit-codes.js';
import { loadLog } from '../load-log.js';
import { numberIn } from './map.js';
import { addReaderOptions, type ReaderFlags } from '../reader-options.js';
import { chooseFormat, writeFileAtomic, writeOutput, writeOutputChunks } from '../write-output.js';

const FORMATS = ['html', 'md', 'json'] as const;
type ReportFormat = (typeof FORMATS)[number];

interface ReportFlags extends ReaderFlags, CalendarFlags {
  readonly format?: string;
  readonly output?: string;
  readonly lang: Lang;
  readonly dates?: DateStyle;
  readonly metric: MapMetric;
  readonly activities?: number;
  readonly paths?: number;
  readonly sla?: string;
  readonly generatedAt?: string;
  readonly quiet?: boolean;
  readonly failOn?: 'high' | 'medium' | 'low';
}

/** The generation time: `--generated-at`, else SOURCE_DATE_EPOCH (reproducible builds), else now. */
function generatedAt(flag: string | undefined): string {
  if (flag !== undefined) {
    const time = Date.parse(flag);
    if (Number.isNaN(time)) throw new UserError(`--generated-at ${JSON.stringify(flag)}: expected an ISO 8601 time`);
    return new Date(time).toISOString();
  }
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return new Date().toISOString();
}

function isFolder(output: string): boolean {
  return output.endsWith('/') || (existsSync(output) && statSync(output).isDirectory());
}

export const registerReport: RegisterCommand = (program: Command, context) =>
  addCalendarOptions(
    addReaderOptions(
      program
        .command('report')
        .description('the full report: summary, data quality, process map, findings, what-if, charts, variants (HTML, Markdown, JSON)')
        .argument('<files...>', 'CSV or XES inputs (.gz allowed, globs), or - for standard input')
        .option('-f, --format <format>', 'html, md or json (default: from the -o extension, else html)')
        .option('-o, --output <file|folder/>', 'a file, or a folder (ending in /) to write report.html, report.md and report.json')
        .addOption(new Option('--lang <lang>', 'language of the report').choices(['en', 'fa']).default('en'))
        .addOption(new Option('--dates <style>', 'date display (default: jalali with --lang fa, else gregorian)').choices(['gregorian', 'jalali']))
        .addOption(new Option('-m, --metric <metric>', 'what map edges show (waiting-time metrics give the performance view)').choices(MAP_METRICS).default('median'))
        .option('--activities <pct>', 'map: keep the most frequent activities (0-100)', numberIn(0, 100))
        .option('--paths <pct>', 'map: keep the strongest edges (0-100); by default large maps keep their 60 strongest', numberIn(0, 100))
        .option('--sla <duration>', 'throughput limit, e.g. 8w, 40d, 30wd (working days)')
        .option('--generated-at <iso>', 'generation time to print (default: SOURCE_DATE_EPOCH or now); set it for byte-identical reruns')
        .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding at or above this severity exists').choices(['high', 'medium', 'low']))
        .option('-q, --quiet', 'no notes or progress on standard error'),
    ),
  ).action(
    withExitCode(context, async (files: string[], flags: ReportFlags) => {
      const toFolder = flags.output !== undefined && isFolder(flags.output);
      const format: ReportFormat = toFolder ? 'html' : chooseFormat(flags.format, flags.output, FORMATS, 'html');
      const { log, diagnostics } = await loadLog(files, flags);
      const calendar = calendarSpecFrom(flags);
      const stamp = generatedAt(flags.generatedAt);
      const audit = auditLog(log, { calendar, lang: flags.lang });
      const { model, pictures } = buildReport(log, diagnostics, {
        generatedAt: stamp,
        now: Date.parse(stamp),
        metric: flags.metric,
        activities: flags.activities,
        paths: flags.paths,
        bottlenecks: { calendar, sla: flags.sla === undefined ? undefined : parseDuration(flags.sla) },
        audit: { findings: audit.findings, whatIf: audit.whatIf },
      });
      const l = locale(flags.lang, flags.dates);
      const render = async (kind: 'html' | 'md'): Promise<string> => {
        if (kind === 'md') return renderReportMarkdown(model, pictures, audit.findings);
        return reportHtml(model, pictures, audit.findings, whatIfRows(audit.whatIf, audit.findings), await renderMapSvg(pictures.map, model.map.metric), l);
      };
      // The JSON (`JSON.stringify(model, null, 2)`, every resource's series included) is written as it is produced.
      const writeJsonTo = (file: string | undefined): void =>
        writeOutputChunks((sink) => {
          writeJson(model, sink, BOTTLENECK_JSON);
          sink('\n');
        }, file);
      if (toFolder && flags.output !== undefined) {
        for (const kind of FORMATS) {
          const file = join(flags.output, `report.${kind}`);
          if (kind === 'json') writeJsonTo(file);
          else writeFileAtomic(file, await render(kind));
        }
        writeOutputChunks((sink) => writeAuditCsv(audit, sink), join(flags.output, 'findings.csv'));
      } else if (format === 'json') writeJsonTo(flags.output);
      else writeOutput(await render(format), flags.output);
      const threshold = flags.failOn;
      if (threshold !== undefined && audit.findings.some((finding) => severityRank(finding.severity) >= severityRank(threshold))) return EXIT_FINDINGS;
      return EXIT_OK;
    }),
  );
