import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/conformance/policy/parse-policy.js';
import { UserError } from '../../src/errors.js';

function error(text: string): string {
  try {
    parsePolicy(text, 'policy.yaml');
  } catch (caught) {
    expect(caught).toBeInstanceOf(UserError);
    return (caught as UserError).toString();
  }
  throw new Error('expected an error');
}

describe('parsePolicy', () => {
  it('reads every rule kind with ids, severities and descriptions', () => {
    const policy = parsePolicy(
      `rules:
  - id: legal-first
    precedence: {before: Legal review, then: District manager signature}
  - four-eyes: [Submit application, Finance approval]
    severity: high
  - at-most: {Secretariat signature: 1}
  - within: {from: Submit application, to: Permit issued, max: 40d}
    description: the statutory deadline
  - required: [A, B]
  - forbidden: C
  - first: A
  - last: [D, E]
  - response: {if: A, then: B}
  - succession: {before: A, then: B}
  - chain-response: {if: A, then: B}
  - not-together: [A, C]
  - requester-may-not-sign: [B]
  - case-within: 8w
`,
      'policy.yaml',
    );
    expect(policy.rules.map((rule) => rule.kind)).toEqual([
      'precedence', 'four-eyes', 'at-most', 'within', 'required', 'forbidden', 'first', 'last', 'response', 'succession', 'chain-response', 'not-together', 'requester-may-not-sign', 'case-within',
    ]);
    expect(policy.rules[0]).toMatchObject({ id: 'legal-first', a: 'Legal review', b: 'District manager signature', severity: 'medium', line: 3 });
    expect(policy.rules[1]).toMatchObject({ id: 'four-eyes-2', severity: 'high', a: 'Submit application', b: 'Finance approval' });
    expect(policy.rules[2]).toMatchObject({ limits: [{ step: 'Secretariat signature', max: 1 }] });
    expect(policy.rules[3]).toMatchObject({ description: 'the statutory deadline', max: { kind: 'calendar', seconds: 40 * 86400 } });
    expect(policy.rules[13]).toMatchObject({ max: { kind: 'calendar', seconds: 8 * 604800 } });
  });

  it('reads JSON', () => {
    const policy = parsePolicy('{"rules": [{"required": ["A"], "id": "a"}, {"within": {"from": "A", "to": "B", "max": "10wd"}}]}');
    expect(policy.rules[0]).toMatchObject({ id: 'a', kind: 'required', steps: ['A'] });
    expect(policy.rules[1]).toMatchObject({ max: { kind: 'working-days', days: 10 } });
  });

  it('points at the line, column and key of each mistake', () => {
    expect(error('rules:\n  - requird: [A]\n')).toBe(
      'policy.yaml:2:5: rule 1: unknown key "requird" (did you mean required?): a rule has one kind (required, forbidden, at-most, first, last, precedence, response, succession, chain-response, not-together, four-eyes, requester-may-not-sign, within, case-within) and optionally id, severity, description',
    );
    expect(error('rules:\n  - required: [A]\n  - at-most: {A: two}\n')).toBe('policy.yaml:3:18: rule 2 (at-most): the limit of "A" must be a whole number ≥ 0, found string "two"');
    expect(error('rules:\n  - precedence: {before: A, after: B}\n')).toMatch(/^policy\.yaml:2:29: rule 1 \(precedence\): unknown key "after".*use before, if, then$/);
    expect(error('rules:\n  - four-eyes: [A, B, C]\n')).toMatch(/^policy\.yaml:2:16: rule 1 \(four-eyes\): expected a list of exactly two steps/);
    expect(error('rules:\n  - required: [A]\n    severity: urgent\n')).toBe('policy.yaml:3:15: rule 1 (required): severity "urgent" is not one of high, medium, low, info');
    expect(error('rules:\n  - case-within: soon\n')).toMatch(/^policy\.yaml:2:18: rule 1 \(case-within\): cannot read duration "soon"/);
    expect(error('rules:\n  - within: {from: A, max: 3d}\n')).toMatch(/^policy\.yaml:2:13: rule 1 \(within\): missing key "to"/);
    expect(error('rules:\n  - required: {A: 1}\n')).toMatch(/^policy\.yaml:2:15: rule 1 \(required\): expected a step or a list of steps, found a mapping/);
    expect(error('rules:\n  - required: [A]\n    forbidden: [B]\n')).toMatch(/^policy\.yaml:3:5: rule 1: more than one rule kind/);
    expect(error('rules:\n  - id: x\n')).toMatch(/^policy\.yaml:2:5: rule 1: no rule kind/);
    expect(error('rules:\n  - id: x\n    required: A\n  - id: x\n    forbidden: B\n')).toMatch(/^policy\.yaml:4:5: rule 2: id "x" is already used by rule 1/);
    expect(error('rule:\n  - required: A\n')).toMatch(/^policy\.yaml:1:1: unknown key "rule" \(did you mean rules\?\)/);
    expect(error('rules: [required: A\n')).toMatch(/^policy\.yaml:\d+:\d+: not valid YAML or JSON/);
    expect(error('rules:\n  - required: [true]\n')).toMatch(/^policy\.yaml:2:16: rule 1 \(required\): step: expected text, found boolean true/);
  });
});
