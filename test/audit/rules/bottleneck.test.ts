import { describe, expect, it } from 'vitest';
import { bottleneck } from '../../../src/audit/rules/bottleneck.js';
import { contextOf, ruleOptions, times } from '../../helpers/signed-log.js';

describe('bottleneck', () => {
  it('flags the step adding most of the waiting, and no other', () => {
    const context = contextOf(times(10, [['Submit', ''], ['Check', 'approved', 's', 1], ['Sign', 'approved', 's', 240], ['Issue', '', 's', 2]]));
    const findings = bottleneck.check(context, ruleOptions());
    expect(findings.map((f) => f.id)).toEqual(['bottleneck:Sign']);
    expect(findings[0]?.metrics).toMatchObject({ waitingMedian: 240 * 3600, waitingShare: 240 / 243 });
    expect(findings[0]?.severity).toBe('high');
  });
});
