import { describe, expect, it } from 'vitest';
import { duplicateSignature } from '../../../src/audit/rules/duplicate-signature.js';
import { contextOf, ruleOptions } from '../../helpers/signed-log.js';

describe('duplicate-signature', () => {
  const context = contextOf([
    [['Submit', ''], ['Sign', 'approved', 'a'], ['Sign', 'approved', 'b', 2]], // c1: signed again, nothing in between
    [['Submit', ''], ['Sign', 'returned', 'a'], ['Sign', 'approved', 'b']], // c2: the first returned
    [['Submit', ''], ['Sign', 'approved', 'a'], ['Check', 'rejected', 'c'], ['Sign', 'approved', 'b']], // c3: a rejection between
    [['Submit', ''], ['Sign', 'approved', 'x'], ['Check', 'approved', 'x']], // c4: one person, two steps
  ]);
  const findings = duplicateSignature.check(context, ruleOptions());

  it('flags a step signed again with no rejection or return in between, and only then', () => {
    const same = findings.find((f) => f.id === 'duplicate-signature:Sign');
    expect(same?.cases).toEqual(['c1']);
    expect(same?.metrics).toMatchObject({ repeats: 1, waitingMedian: 7200 });
  });

  it('flags one person signing two different steps', () => {
    const person = findings.find((f) => f.id === 'duplicate-signature:same-person:Sign|Check');
    expect(person?.cases).toEqual(['c4']);
    expect(person?.activities).toEqual(['Check', 'Sign']);
    expect(findings).toHaveLength(2);
  });
});
