import { describe, expect, it } from 'vitest';
import { APPROVE, classifyDecision, decisionMap, OTHER, parseDecisionMap, REJECT, RETURN } from '../../src/audit/decision-kinds.js';
import { buildSignatureTable, splitLabel } from '../../src/audit/signature-table.js';
import { logFromRows } from '../../src/log/log-from-rows.js';
import { signedLog } from '../helpers/signed-log.js';

describe('decision words', () => {
  const words = decisionMap();
  it('knows English and Persian words, in either spelling', () => {
    for (const word of ['Approved', 'OK', 'yes', 'تایید', 'تأیید', 'تاييد', 'موافقت']) expect(classifyDecision(word, words)).toBe(APPROVE);
    for (const word of ['REJECTED', 'declined', 'denied', 'رد', 'عدم تایید']) expect(classifyDecision(word, words)).toBe(REJECT);
    for (const word of ['returned', 'sent back', 'برگشت', 'عودت']) expect(classifyDecision(word, words)).toBe(RETURN);
    expect(classifyDecision('pending', words)).toBe(OTHER);
  });

  it('is extended by --decision-map', () => {
    const extended = decisionMap(parseDecisionMap('approve=ok2,fine;reject=nok'));
    expect(classifyDecision('Fine', extended)).toBe(APPROVE);
    expect(classifyDecision('nok', extended)).toBe(REJECT);
    expect(() => parseDecisionMap('perhaps=x')).toThrow(/KIND=word/);
  });
});

describe('splitLabel', () => {
  const words = decisionMap();
  it('reads BPI Challenge 2020 and Persian labels', () => {
    expect(splitLabel('Declaration APPROVED by SUPERVISOR', words)).toEqual({ step: 'Declaration by SUPERVISOR', kind: APPROVE });
    expect(splitLabel('Declaration FINAL_APPROVED by SUPERVISOR', words)).toEqual({ step: 'Declaration by SUPERVISOR', kind: APPROVE });
    expect(splitLabel('Declaration REJECTED by ADMINISTRATION', words)).toEqual({ step: 'Declaration by ADMINISTRATION', kind: REJECT });
    expect(splitLabel('Declaration SUBMITTED by EMPLOYEE', words)).toBeNull();
    expect(splitLabel('تایید کمیسیون', words)).toEqual({ step: 'کمیسیون', kind: APPROVE });
    expect(splitLabel('عدم تایید کمیسیون', words)).toEqual({ step: 'کمیسیون', kind: REJECT });
  });

  it('uses a pattern with named groups', () => {
    expect(splitLabel('Sign-off: legal => nok', decisionMap(parseDecisionMap('reject=nok')), /^Sign-off: (?<step>\w+) => (?<decision>\w+)$/u)).toEqual({ step: 'legal', kind: REJECT });
  });
});

describe('buildSignatureTable', () => {
  it('takes events with a decision as signatures, grouped by case, with the first resource as requester', () => {
    const log = signedLog([
      [['Submit', '', 'ann'], ['Check', 'approved', 'bo'], ['Sign', 'rejected', 'cy']],
      [['Submit', '', 'dee'], ['Check', 'returned', 'bo']],
    ]);
    const table = buildSignatureTable(log);
    expect(table.stepNames).toEqual(['Check', 'Sign']);
    expect([...table.caseStart]).toEqual([0, 2, 3]);
    expect([...table.kind]).toEqual([APPROVE, REJECT, RETURN]);
    expect([...table.requester].map((r) => log.resources.nameOf(r))).toEqual(['ann', 'dee']);
  });

  it('selects steps with --signatures and reads the requester from a column', () => {
    const log = logFromRows([
      { caseId: '1', activity: 'Submit', time: 0, resource: 'clerk', attributes: { applicant: 'bo' } },
      { caseId: '1', activity: 'Sign A', time: 1, resource: 'bo' },
      { caseId: '1', activity: 'Note', time: 2, resource: 'x' },
    ]);
    const table = buildSignatureTable(log, { signatures: '^Sign', requester: 'applicant' });
    expect(table.stepNames).toEqual(['Sign A']);
    expect([...table.kind]).toEqual([APPROVE]);
    expect(log.resources.nameOf(table.requester[0] ?? -1)).toBe('bo');
    expect(() => buildSignatureTable(log, { requester: 'nope' })).toThrow(/no column "nope"/);
  });

  it('keeps step ids in bytes up to 256 activities, in 16-bit words beyond', () => {
    const logOf = (activities: number) =>
      logFromRows(Array.from({ length: activities }, (_, a) => ({ caseId: String(a % 3), activity: `step ${a}`, time: a, decision: 'approved' })));
    expect(buildSignatureTable(logOf(256)).step).toBeInstanceOf(Uint8Array);
    const log = logOf(300);
    const table = buildSignatureTable(log);
    expect(table.step).toBeInstanceOf(Uint16Array);
    // Ids up to 299 survive the wider column: each signature's step is its event's activity.
    expect([...table.step].map((s) => table.stepNames[s])).toEqual([...table.event].map((e) => log.activities.nameOf(log.activity[e] as number)));
    expect(Math.max(...table.step)).toBe(299);
  });
});
