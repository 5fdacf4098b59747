import { describe, expect, it } from 'vitest';
import { auditLog } from '../../src/audit/audit-log.js';
import { compareReports } from '../../src/compare/compare-reports.js';
import { comparisonInput } from '../../src/compare/comparison-input.js';
import type { EventLog } from '../../src/log/event-log.js';
import { durationChange, percent, rankMove, relative, sequence, shareChange } from '../../src/report/comparison-format.js';
import { renderComparisonMarkdown } from '../../src/report/render-comparison-markdown.js';
import { renderComparisonJson, renderComparisonText } from '../../src/report/render-comparison.js';
import type { Style } from '../../src/report/style.js';
import { newPeriod, oldPeriod } from '../helpers/period-logs.js';

const side = (log: EventLog) => comparisonInput(log, auditLog(log).findings);
const comparison = compareReports(side(oldPeriod()), side(newPeriod()));

describe('comparison formatting', () => {
  it('shows changes with sign, relative size and share points', () => {
    expect(percent(0.2857)).toBe('28.6%');
    expect(relative(4)).toBe('+400.0%');
    expect(relative(-0.0349)).toBe('-3.5%');
    expect(relative(null)).toBe('new');
    expect(durationChange({ old: 7200, new: 36_000, absolute: 28_800, relative: 4 }, 86_400)).toBe('2h → 10h (+400.0%)');
    expect(durationChange({ old: 7200, new: 7200, absolute: 0, relative: 0 }, 86_400)).toBe('2h → 2h (same)');
    expect(shareChange({ old: 0.75, new: 1, absolute: 0.25, relative: 1 / 3 })).toBe('75.0% → 100.0% (+25.0 pts)');
    expect([rankMove(2), rankMove(-1), rankMove(0)]).toEqual(['↑2', '↓1', '=']);
    expect(sequence(['a', 'b', 'c'])).toBe('a → b → c');
    expect(sequence(Array.from({ length: 14 }, (_, i) => `s${i}`), 4)).toBe('s0 → s1 → … (14 steps) … → s12 → s13');
  });
});

describe('renderComparisonText', () => {
  it('ranks, shows the periods and every section, exact figures of the hand-built periods', () => {
    const text = renderComparisonText(comparison);
    expect(text).toContain('  old  <memory>: 40 cases, 150 events, 1970-01-01 → 1970-02-09');
    expect(text).toContain('  median  4h          12h         +8h (+200.0%)');
    expect(text).toContain('  Mann–Whitney U: p < 0.001, a shift, significant at 5%; a new case is longer than an old one with probability 1.00');
    expect(text).toContain('    1. = Sign (was 1)\n       median waiting 2h → 10h (+400.0%), p < 0.001; total 2d 12h → 16d 16h (+566.7%); share of waiting 42.9% → 83.3% (+40.5 pts)');
    expect(text).toContain('  vanished: Closed (was rank 4, median waiting 1h, 7.1% of waiting)');
    expect(text).toContain('  New (1):\n    [MEDIUM] rubber-stamp: “Review” rejected or returned nothing in 40 cases');
    expect(text).toContain('  Resolved (0): none');
    expect(text).toContain('    [HIGH] bottleneck:Sign: cases 30 → 40\n        waitingMedian 2h → 10h, waitingP90 2h → 10h, waitingTotal 2d 12h → 16d 16h, waitingShare 0.429 → 0.833, impact 0.750 → 1');
    expect(text).toContain('  Vanished (1, 25.0% of old cases):\n       10 25.0%  Submit → Review → Closed');
    expect(text).toContain('    75.0% → 100.0% (+25.0 pts)      Submit → Review → Sign → Done');
  });

  it('colours only through the style the CLI passes', () => {
    const marked: Style = { heading: (t) => `<h>${t}</h>`, dim: (t) => t, warn: (t) => `<w>${t}</w>`, bad: (t) => `<b>${t}</b>`, good: (t) => `<g>${t}</g>` };
    const text = renderComparisonText(comparison, marked);
    expect(text).toContain('<h>redtape compare</h>');
    expect(text).toContain('<w>[MEDIUM]</w> rubber-stamp');
    expect(renderComparisonText(comparison)).not.toMatch(/<[hwbg]>/);
  });
});

describe('renderComparisonMarkdown and JSON', () => {
  it('writes the same figures as tables, and the model as JSON', () => {
    const md = renderComparisonMarkdown(comparison);
    expect(md).toContain('| median | 4h | 12h | +8h (+200.0%) |');
    expect(md).toContain('| 1 | = (was 1) | Sign | 2h → 10h (+400.0%) | p < 0.001 | 2d 12h → 16d 16h (+566.7%) |');
    expect(md).toContain('| medium | rubber-stamp | “Review” rejected or returned nothing in 40 cases, yet adds a median 1 hours of waiting. | 40 |');
    expect(md).toContain('| 10 | 25.0% | Submit → Review → Closed |');
    expect(JSON.parse(renderComparisonJson(comparison))).toEqual(JSON.parse(JSON.stringify(comparison)));
  });
});
