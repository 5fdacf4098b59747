import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../src/audit/audit-log.js';
import { readLog } from '../../src/io/read-log.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');

describe('finding messages', () => {
  it('are Persian sentences for every rule with --lang fa, English otherwise', async () => {
    const { log } = await readLog([path.join(repoRoot, 'fixtures/permits-fa.csv')], { timezone: 'Asia/Tehran' });
    const fa = auditLog(log, { lang: 'fa', fourEyes: [['بررسی فنی', 'تایید کمیسیون']] }).findings;
    expect(new Set(fa.map((f) => f.type)).size).toBe(8);
    for (const finding of fa) {
      expect(finding.message).toMatch(/[\u0600-\u06FF]/);
      expect(finding.message).not.toMatch(/\b(cases|signed|waiting|the)\b/);
      expect(finding.message).not.toMatch(/[0-9]/);
      expect(finding.message.trim().endsWith('.')).toBe(true);
    }
    const en = auditLog(log).findings;
    for (const finding of en) expect(finding.message).toMatch(/^[A-Z“]/);
  });
});
