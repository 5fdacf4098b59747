// The audit on the BPI Challenge 2020 logs in ../shared (never copied into the project), with decisions read from the
// labels: it runs on every log and its findings are the README's worked example.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../src/audit/audit-log.js';
import { readLog } from '../../src/io/read-log.js';
import { SHARED, SHARED_PRESENT as present } from '../helpers/shared-data.js';

if (!present) console.warn(`skipping shared BPIC 2020 audit tests: ${SHARED} is absent (set REDTAPE_SHARED to its path)`);

describe.skipIf(!present)('audit on BPI Challenge 2020 (--decision-from-label)', () => {
  it('reads the declaration steps and finds the README example in DomesticDeclarations', async () => {
    const { log } = await readLog([join(SHARED, 'data/bpic2020/DomesticDeclarations.xes.gz')]);
    const result = auditLog(log, { decisionFromLabel: true });
    expect(result.log).toMatchObject({ events: 55_628, cases: 10_357, signatures: 24_296 });
    expect([...result.log.signingSteps].sort()).toEqual(
      ['Declaration by ADMINISTRATION', 'Declaration by BUDGET OWNER', 'Declaration by EMPLOYEE', 'Declaration by MISSING', 'Declaration by PRE_APPROVER', 'Declaration by SUPERVISOR'],
    );
    // Resources are anonymized (STAFF MEMBER): the audit says so.
    expect(result.log.warnings.join(' ')).toContain('STAFF MEMBER');
    const optional = result.findings.find((f) => f.id === 'optional-signature:Declaration by ADMINISTRATION');
    expect(optional?.metrics).toMatchObject({ performed: 8037, skipped: 2185 });
    expect(optional?.metrics.fisherP).toBeGreaterThan(0.5);
    const bottleneck = result.findings.find((f) => f.type === 'bottleneck');
    expect(bottleneck?.activities).toEqual(['Payment Handled']);
    expect(result.whatIf.allRedundant?.after.p90).toBeLessThan(result.whatIf.before.p90);
  }, 60_000);

  it.each(['InternationalDeclarations', 'PermitLog', 'PrepaidTravelCost', 'RequestForPayment'])('runs on %s', async (name) => {
    const { log } = await readLog([join(SHARED, `data/bpic2020/${name}.xes.gz`)]);
    const result = auditLog(log, { decisionFromLabel: true });
    expect(result.log.signatures).toBeGreaterThan(0);
    for (const finding of result.findings) expect(finding.cases.length).toBeGreaterThan(0);
  }, 120_000);
});
