// A small log with every kind of column and hostile text (markup, quotes, entities, line breaks, formulas, Persian)
// for writer and round-trip tests.

import type { EventLog, LogSource } from '../../src/log/event-log.js';
import { LogBuilder } from '../../src/log/log-builder.js';

export const MEMORY_SOURCE: LogSource = { files: ['<memory>'], mapping: {}, timestampFormat: 'epoch milliseconds', timezone: 'UTC' };

/** A small log with every kind of column and hostile text: markup, quotes, entities, line breaks, Persian. */
export function trickyLog(): EventLog {
  const builder = new LogBuilder();
  const t = Date.UTC(2024, 0, 1, 8);
  builder.add({ caseId: 'c<1>&"x"', activity: 'Submit <script>alert(1)</script>', time: t, startTime: t - 1500, resource: "O'Brien", role: 'clerk', decision: 'ok', attributes: { note: 'line one\nline two\ttab', 'lifecycle:transition': 'complete' } });
  builder.add({ caseId: 'c<1>&"x"', activity: 'درخواست ثبت', time: t + 60_001, resource: 'کاربر ۱', decision: 'تایید', attributes: { amount: '-12.5', note: '&amp; is text' } });
  builder.add({ caseId: 'plain', activity: 'Approve, then file', time: t + 3, role: 'boss', attributes: { 'concept:name': 'shadowed', start: 'not a time' } });
  builder.setCaseAttribute(0, 'channel', 'Internet & "mail"');
  builder.setCaseAttribute(1, 'channel', 'desk');
  builder.setCaseAttribute(1, 'budget', '=SUM(A1)');
  return builder.build(MEMORY_SOURCE);
}

