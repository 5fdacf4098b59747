// `redtape audit FILE...`: redundant signatures, control gaps and what they cost, ranked; exit 1 with --fail-on.

import { Option, type Command } from 'commander';
import { auditLog, type AuditOptions } from '../../audit/audit-log.js';
import { parseDecisionMap } from '../../audit/decision-kinds.js';
import { severityRank, type Severity } from '../../audit/finding.js';
import { RULE_IDS } from '../../audit/rules/index.js';
import { UserError } from '../../errors.js';
import { renderAuditCsv, renderAuditJson, renderAuditMarkdown, renderAuditText } from '../../report/render-audit.js';
import { checkPolicy } from '../../conformance/check-policy.js';
import { policyFindings } from '../../conformance/policy-findings.js';
import { readPolicy } from '../../io/read-policy.js';
import { addCalendarOptions, calendarFor, calendarSpecFrom, type CalendarFlags } from '../calendar-options.js';
import { withExitCode, type RegisterCommand } from '../command-kit.js';
import { EXIT_FINDINGS, EXIT_OK } from '../exit-codes.js';
import { loadLog } from '../load-log.js';
import { addReaderOptions, type ReaderFlags } from '../reader-options.js';
import { styleFor } from '../style.js';
import { chooseFormat, writeOutput } from '../write-output.js';

interface AuditFlags extends ReaderFlags, CalendarFlags {
  readonly format?: string;
  readonly output?: string;
  readonly quiet?: boolean;
  readonly policy?: string;
  readonly failOn?: Severity;
  readonly rules?: string;
  readonly minSupport?: string;
  readonly maxRejectRate?: string;
  readonly lang?: 'en' | 'fa';
  readonly signatures?: string;
  readonly decisionFromLabel?: boolean;
  readonly decisionPattern?: string;
  readonly decisionMap?: string;
  readonly requester?: string;
  readonly fourEyes?: string[];
}

function positiveInteger(text: string, option: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new UserError(`${option}: expected a whole number of cases ≥ 1, got ${JSON.stringify(text)}`);
  return value;
}

/** `0.01` or `1%`. */
function rate(text: string, option: string): number {
  const percent = text.trim().endsWith('%');
  const value = Number(percent ? text.trim().slice(0, -1) : text) / (percent ? 100 : 1);
  if (!Number.isFinite(value) || value <= 0 || value >= 1) throw new UserError(`${option}: expected a rate between 0 and 1 (e.g. 0.01 or 1%), got ${JSON.stringify(text)}`);
  return value;
}

function fourEyesPairs(values: readonly string[]): [string, string][] {
  return values.flatMap((value) =>
    value.split(';').filter((pair) => pair.trim() !== '').map((pair) => {
      const steps = pair.split(',').map((step) => step.trim());
      if (steps.length !== 2 || steps.some((step) => step === '')) throw new UserError(`--four-eyes: expected "STEP A,STEP B", got ${JSON.stringify(pair)}`);
      return steps as [string, string];
    }),
  );
}

/** Audit options from the flags, checked before the (possibly long) read. */
export function auditOptionsFrom(flags: AuditFlags): AuditOptions {
  const rules = flags.rules?.split(',').map((id) => id.trim()).filter((id) => id !== '');
  const unknown = rules?.filter((id) => !RULE_IDS.includes(id)) ?? [];
  if (unknown.length > 0) throw new UserError(`--rules: unknown rule ${unknown.join(', ')}; rules are ${RULE_IDS.join(', ')}`);
  return {
    rules,
    minSupport: flags.minSupport !== undefined ? positiveInteger(flags.minSupport, '--min-support') : undefined,
    maxRejectRate: flags.maxRejectRate !== undefined ? rate(flags.maxRejectRate, '--max-reject-rate') : undefined,
    lang: flags.lang,
    fourEyes: fourEyesPairs(flags.fourEyes ?? []),
    signatures: flags.signatures,
    decisionFromLabel: flags.decisionFromLabel,
    decisionPattern: flags.decisionPattern,
    decisionWords: flags.decisionMap !== undefined ? parseDecisionMap(flags.decisionMap) : undefined,
    requester: flags.requester,
    calendar: calendarSpecFrom(flags),
  };
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export const registerAudit: RegisterCommand = (program: Command, context) =>
  addReaderOptions(
    addCalendarOptions(
      program
        .command('audit')
        .description('find redundant signatures (rubber stamps, duplicates, implied, optional, parallelizable), control gaps and bottlenecks, with a what-if of removing them')
        .argument('<files...>', 'CSV or XES inputs (.gz allowed), or - for standard input')
        .option('-f, --format <format>', 'text, json, md or csv (default: text, or from the -o extension)')
        .option('-o, --output <file>', 'write to a file instead of standard output')
        .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding at or above this severity exists').choices(['high', 'medium', 'low']))
        .option('--rules <ids>', `comma list of rules to run (default: all): ${RULE_IDS.join(', ')}`)
        .option('--min-support <cases>', 'cases a pattern needs before it is reported (default: 30)')
        .option('--max-reject-rate <rate>', 'rubber stamp when the upper 95% Wilson bound of the reject+return rate is below this (default: 0.01)')
        .addOption(new Option('--lang <lang>', 'language of the finding messages').choices(['en', 'fa']).default('en'))
        .option('--signatures <regex>', 'signing steps: regular expression on step names (default: every event with a decision is a signature)')
        .option('--decision-from-label', 'take step and decision from labels such as "Declaration APPROVED by SUPERVISOR" or "تایید …"')
        .option('--decision-pattern <regex>', 'regular expression with named groups step and decision, applied to labels (implies --decision-from-label)')
        .option('--decision-map <map>', 'extra decision words, e.g. "approve=ok,accept;reject=nok;return=back"')
        .option('--requester <column>', 'event or case attribute naming the requester (default: the resource of the first event)')
        .option('--four-eyes <pair>', 'two steps one person may not both sign, "STEP A,STEP B" (repeatable, or ; between pairs)', collect)
        .option('--policy <file>', 'also check a policy file (see `redtape check`): violations become missing-signature / policy-violation findings')
        .option('-q, --quiet', 'no notes on standard error'),
    ),
  ).action(
    withExitCode(context, async (files: string[], flags: AuditFlags) => {
      const format = chooseFormat(flags.format, flags.output, ['text', 'json', 'md', 'csv'] as const, 'text');
      const options = auditOptionsFrom(flags);
      const policy = flags.policy !== undefined ? readPolicy(flags.policy) : null;
      const { log } = await loadLog(files, flags);
      const calendar = calendarFor(options.calendar, log);
      const extraFindings = policy ? policyFindings(checkPolicy(log, policy, calendar ? { calendar } : {}), flags.lang) : [];
      const result = auditLog(log, { ...options, extraFindings });
      const toFile = flags.output !== undefined && flags.output !== '-';
      const rendered =
        format === 'json'
          ? renderAuditJson(result)
          : format === 'md'
            ? renderAuditMarkdown(result)
            : format === 'csv'
              ? renderAuditCsv(result)
              : renderAuditText(result, styleFor(toFile));
      writeOutput(rendered, flags.output);
      const threshold = flags.failOn;
      if (threshold !== undefined && result.findings.some((f) => severityRank(f.severity) >= severityRank(threshold))) return EXIT_FINDINGS;
      return EXIT_OK;
    }),
  );
