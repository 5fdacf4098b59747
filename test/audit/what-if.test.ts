import { describe, expect, it } from 'vitest';
import { auditLog } from '../../src/audit/audit-log.js';
import { signedLog, times, type SignedStep } from '../helpers/signed-log.js';

describe('what-if', () => {
  it('removes the waiting in front of a rubber stamp from each case', () => {
    // Each case: 10 h before the stamp, 1 h before the check: 11 h → 1 h without the stamp.
    const cases = times(30, [['Submit', ''], ['Stamp', 'approved', 's', 10], ['Check', 'approved', 'c', 1]]).concat(times(2, [['Submit', ''], ['Stamp', 'approved', 's', 10], ['Check', 'rejected', 'c', 1]]));
    const { whatIf } = auditLog(signedLog(cases), { rules: ['rubber-stamp'] });
    expect(whatIf.before).toEqual({ median: 11 * 3600, p90: 11 * 3600 });
    expect(whatIf.perFinding[0]).toMatchObject({ findings: ['rubber-stamp:Stamp'], cases: 32, after: { median: 3600, p90: 3600 }, savedMedian: 36_000 });
    expect(whatIf.allRedundant?.after.median).toBe(3600);
    expect(whatIf.estimate).toBe(true);
  });

  it('overlaps a parallelizable pair: the shorter of the two is saved', () => {
    const ab: SignedStep[] = [['Submit', ''], ['A', 'approved', 'a', 3], ['B', 'approved', 'b', 5]];
    const ba: SignedStep[] = [['Submit', ''], ['B', 'approved', 'b', 5], ['A', 'approved', 'a', 3]];
    const { whatIf } = auditLog(signedLog([...times(20, ab), ...times(20, ba)]), { rules: ['parallelizable'] });
    expect(whatIf.before.median).toBe(8 * 3600);
    expect(whatIf.allRedundant?.after.median).toBe(5 * 3600);
  });
});
