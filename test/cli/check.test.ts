import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaErrors } from '../helpers/json-schema.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';

const files = tempFolder();
const LOG = files.write(
  'log.csv',
  [
    'case,activity,timestamp,user',
    '1,Submit,2024-01-01T08:00:00Z,ana',
    '1,Check,2024-01-02T08:00:00Z,bo',
    '1,Approve,2024-01-03T08:00:00Z,cy',
    '2,Submit,2024-01-01T09:00:00Z,ana',
    '2,Approve,2024-01-02T09:00:00Z,ana',
    '3,Submit,2024-01-01T09:00:00Z,dan',
    '3,Check,2024-01-05T09:00:00Z,bo',
    '3,Approve,2024-01-20T09:00:00Z,bo',
    '',
  ].join('\n'),
);
const POLICY = files.write(
  'policy.yaml',
  `rules:
  - id: check-before-approve
    precedence: {before: Check, then: Approve}
    severity: high
  - four-eyes: [Check, Approve]
  - requester-may-not-sign: [Approve, Check]
    severity: low
  - within: {from: Submit, to: Approve, max: 10d}
    severity: low
`,
);
/** Submit → (Check | silent skip) → Approve. */
const MODEL = files.write(
  'model.pnml',
  `<?xml version="1.0" encoding="UTF-8"?>
<pnml><net id="n" type="http://www.pnml.org/version-2009/grammar/pnmlcoremodel"><page id="p">
  <place id="source"><initialMarking><text>1</text></initialMarking></place>
  <place id="p1"/><place id="p2"/><place id="sink"/>
  <transition id="t1"><name><text>Submit</text></name></transition>
  <transition id="t2"><name><text>Check</text></name></transition>
  <transition id="skip"><name><text>skip</text></name><toolspecific tool="ProM" version="6.4" activity="$invisible$"/></transition>
  <transition id="t3"><name><text>Approve</text></name></transition>
  <arc id="a1" source="source" target="t1"/><arc id="a2" source="t1" target="p1"/>
  <arc id="a3" source="p1" target="t2"/><arc id="a4" source="t2" target="p2"/>
  <arc id="a5" source="p1" target="skip"/><arc id="a6" source="skip" target="p2"/>
  <arc id="a7" source="p2" target="t3"/><arc id="a8" source="t3" target="sink"/>
</page><finalmarkings><marking><place idref="sink"><text>1</text></place></marking></finalmarkings></net></pnml>`,
);

describe('redtape check', () => {
  it('reports per rule and per case in JSON, with every violating case', () => {
    const result = runCli(['check', LOG, '--policy', POLICY, '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.rules.map((rule: Record<string, unknown>) => [rule.id, rule.kind, rule.checked, rule.violations, rule.cases])).toEqual([
      ['check-before-approve', 'precedence', 3, 1, ['2']],
      ['four-eyes-2', 'four-eyes', 2, 1, ['3']],
      ['requester-may-not-sign-3', 'requester-may-not-sign', 3, 1, ['2']],
      ['within-4', 'within', 3, 1, ['3']],
    ]);
    expect(report.cases).toEqual([
      { case: '2', rules: ['check-before-approve', 'requester-may-not-sign-3'] },
      { case: '3', rules: ['four-eyes-2', 'within-4'] },
    ]);
    expect(report.replay).toBeNull();
    expect(schemaErrors('check', report)).toEqual([]);
  });

  it('exits 1 when a rule at or above --fail-on is broken', () => {
    expect(runCli(['check', LOG, '--policy', POLICY, '--fail-on', 'high', '-q']).code).toBe(1);
    const onlyLow = files.write('low.yaml', 'rules:\n  - required: [Check]\n    severity: low\n');
    expect(runCli(['check', LOG, '--policy', onlyLow, '--fail-on', 'medium', '-q']).code).toBe(0);
    expect(runCli(['check', LOG, '--policy', onlyLow, '--fail-on', 'low', '-q']).code).toBe(1);
  });

  it('writes text, Markdown and CSV', () => {
    const text = runCli(['check', LOG, '--policy', POLICY]).stdout;
    expect(text).toMatch(/check-before-approve\s+precedence\s+high\s+3\s+1\s+33\.3%\s+2/);
    const md = runCli(['check', LOG, '--policy', POLICY, '--format', 'md']).stdout;
    expect(md).toContain('| check-before-approve | precedence | high | 3 | 1 | 33.3% | 2 |  |');
    const csv = runCli(['check', LOG, '--policy', POLICY, '--format', 'csv']).stdout.trim().split('\n');
    expect(csv[0]).toBe('type,rule,kind,severity,case,fit,fitness,missing,consumed,remaining,produced');
    expect(csv.slice(1)).toEqual([
      'policy-violation,check-before-approve,precedence,high,2,,,,,,',
      'policy-violation,requester-may-not-sign-3,requester-may-not-sign,low,2,,,,,,',
      'policy-violation,four-eyes-2,four-eyes,medium,3,,,,,,',
      'policy-violation,within-4,within,low,3,,,,,,',
    ]);
  });

  it('replays the log on a PNML model', () => {
    const report = JSON.parse(runCli(['check', LOG, '--model', MODEL, '--format', 'json']).stdout);
    // Case 2 skips Check through the silent transition and fits; every case fits.
    expect(report.replay).toMatchObject({ logFitness: 1, averageTraceFitness: 1, fittingTraces: 1, fittingTraceCount: 3 });
    const odd = files.write('odd.csv', 'case,activity,timestamp\n1,Check,2024-01-01T00:00:00Z\n1,Approve,2024-01-02T00:00:00Z\n2,Submit,2024-01-01T00:00:00Z\n2,Check,2024-01-02T00:00:00Z\n2,Approve,2024-01-03T00:00:00Z\n');
    const replay = JSON.parse(runCli(['check', odd, '--model', MODEL, '--format', 'json']).stdout).replay;
    // Case 1 starts at Check: one token missing in p1, one left in source. c = 3 + final 1, p = 1 + 2 → fitness 0.5·(1 − 1/3) + 0.5·(1 − 1/3).
    expect(replay.perCase[0]).toMatchObject({ case: '1', fit: false, missing: 1, consumed: 3, remaining: 1, produced: 3 });
    expect(replay.perCase[0].fitness).toBeCloseTo(2 / 3, 12);
    expect(replay.perCase[1]).toMatchObject({ case: '2', fit: true, fitness: 1 });
    expect(replay.logFitness).toBeCloseTo(0.5 * (1 - 1 / 7) + 0.5 * (1 - 1 / 7), 12);
    expect(replay.fittingTraces).toBe(0.5);
    expect(replay.missingAt).toEqual([{ activity: 'Check', cases: 1, events: 1 }]);
    expect(replay.remainingAt).toEqual([{ place: 'source', cases: 1, tokens: 1, activities: ['Submit'] }]);
    expect(schemaErrors('check', JSON.parse(runCli(['check', odd, '--model', MODEL, '--policy', POLICY, '--format', 'json', '-q']).stdout))).toEqual([]);
  });

  it('replays on a BPMN model', () => {
    const bpmn = files.write(
      'model.bpmn',
      `<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p">
        <startEvent id="s"/><task id="a" name="Submit"/><exclusiveGateway id="x"/><task id="b" name="Check"/>
        <exclusiveGateway id="y"/><task id="c" name="Approve"/><endEvent id="e"/>
        <sequenceFlow id="1" sourceRef="s" targetRef="a"/><sequenceFlow id="2" sourceRef="a" targetRef="x"/>
        <sequenceFlow id="3" sourceRef="x" targetRef="b"/><sequenceFlow id="4" sourceRef="x" targetRef="y"/>
        <sequenceFlow id="5" sourceRef="b" targetRef="y"/><sequenceFlow id="6" sourceRef="y" targetRef="c"/>
        <sequenceFlow id="7" sourceRef="c" targetRef="e"/></process></definitions>`,
    );
    const report = JSON.parse(runCli(['check', LOG, '--model', bpmn, '--format', 'json']).stdout);
    expect(report.replay).toMatchObject({ logFitness: 1, fittingTraceCount: 3 });
    expect(runCli(['check', LOG, '--model', files.write('m.txt', 'x')]).stderr).toMatch(/give a Petri net in PNML \(\.pnml\) or a BPMN 2\.0 process/);
  });

  it('measures wd deadlines in the working calendar of --work-hours and --holidays', () => {
    const policy = files.write('wd.yaml', 'rules:\n  - within: {from: Submit, to: Approve, max: 14wd}\n');
    // Case 3 runs from Monday 1 January 09:00 to Saturday 20 January 09:00: three office weeks, 15 working days.
    const office = JSON.parse(runCli(['check', LOG, '--policy', policy, '--work-hours', 'office', '--format', 'json']).stdout);
    expect(office.rules[0]).toMatchObject({ checked: 3, violations: 1, cases: ['3'] });
    expect(office.calendar).toMatchObject({ timezone: 'UTC', dayLength: 8 * 3600, holidays: [] });
    expect(runCli(['check', LOG, '--policy', policy, '--work-hours', 'office']).stdout).toContain('Working days: mon-fri 09:00-17:00 in UTC (a working day is 8 h)');
    const holidays = files.write('holidays.txt', '2024-01-02 a holiday\n');
    const withHoliday = JSON.parse(runCli(['check', LOG, '--policy', policy, '--work-hours', 'office', '--holidays', holidays, '--format', 'json']).stdout);
    expect(withHoliday.rules[0]).toMatchObject({ checked: 3, violations: 0 });
    expect(withHoliday.calendar.holidays).toEqual(['2024-01-02']);
    expect(schemaErrors('check', withHoliday)).toEqual([]);
  });

  it('exits 2 with the file, line and key of a policy mistake', () => {
    const bad = files.write('bad.yaml', 'rules:\n  - required: [Check]\n  - four-eye: [A, B]\n');
    const result = runCli(['check', LOG, '--policy', bad]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`redtape: ${bad}:3:5: rule 2: unknown key "four-eye" (did you mean four-eyes?): a rule has one kind (required, forbidden, at-most, first, last, precedence, response, succession, chain-response, not-together, four-eyes, requester-may-not-sign, within, case-within) and optionally id, severity, description\n`);
    expect(runCli(['check', LOG]).code).toBe(2);
    const wd = files.write('wd.yaml', 'rules:\n  - case-within: 10wd\n');
    expect(runCli(['check', LOG, '--policy', wd]).stderr).toMatch(/working days, which need a working calendar: give --work-hours/);
    expect(runCli(['check', LOG, '--policy', wd, '--work-hours', 'someday 9-5']).code).toBe(2);
  });

  it('warns about steps the log does not have', () => {
    const typo = files.write('typo.yaml', 'rules:\n  - required: [Legal review]\n');
    const result = runCli(['check', LOG, '--policy', typo, '--format', 'json']);
    expect(result.stderr).toBe(`redtape: warning: ${typo}:2: rule "required-1": step "Legal review" does not occur in the log\n`);
    expect(JSON.parse(result.stdout).warnings).toEqual([`${typo}:2: rule "required-1": step "Legal review" does not occur in the log`]);
  });
});

describe('redtape policy suggest', () => {
  it('writes a YAML policy that check reads back', () => {
    const out = `${files.dir}/suggested.yaml`;
    expect(runCli(['policy', 'suggest', LOG, '--support', '60', '-o', out, '-q']).code).toBe(0);
    const report = JSON.parse(runCli(['check', LOG, '--policy', out, '--format', 'json']).stdout);
    expect(report.rules.length).toBeGreaterThan(5);
    for (const rule of report.rules) expect(rule.violations / rule.checked).toBeLessThanOrEqual(0.4);
  });
});

describe('policy suggest on the generated permit fixtures', () => {
  it.each([
    ['permits-en.csv', 'permits-en.truth.json'],
    ['permits-fa.csv', 'permits-fa.truth.json'],
  ])('%s: the suggested policy, checked back, finds exactly the planted requester-signs-own-case cases', (log, truthFile) => {
    const truth = JSON.parse(readFileSync(join(REPO_ROOT, 'fixtures', truthFile), 'utf8')) as { cases: number; sodCases: { caseId: string }[] };
    const policy = join(files.dir, `${log}.policy.yaml`);
    expect(runCli(['policy', 'suggest', join('fixtures', log), '-o', policy, '-q']).code).toBe(0);
    const report = JSON.parse(runCli(['check', join('fixtures', log), '--policy', policy, '--format', 'json', '-q']).stdout);
    expect(report.log.cases).toBe(truth.cases);
    for (const rule of report.rules) expect(rule.violations).toBeLessThanOrEqual(0.05 * rule.checked);
    const requester = report.rules.find((rule: { kind: string }) => rule.kind === 'requester-may-not-sign');
    expect(requester.cases).toEqual([...new Set(truth.sodCases.map((entry) => entry.caseId))].sort());
    expect(report.warnings).toEqual([]);
  });
});
