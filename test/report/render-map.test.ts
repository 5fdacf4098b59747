import { describe, expect, it } from 'vitest';
import { discoverDfg } from '../../src/discovery/discover-dfg.js';
import { discoverHeuristics } from '../../src/discovery/discover-heuristics.js';
import { dfgMap, heuristicsMap } from '../../src/discovery/process-map.js';
import { logFromTraces } from '../../src/log/log-from-rows.js';
import { renderMapJson, renderMapText } from '../../src/report/render-map.js';
import { dotString, renderMapDot } from '../../src/report/render-map-dot.js';
import { mermaidString, renderMapMermaid } from '../../src/report/render-map-mermaid.js';
import { renderMapSvg } from '../../src/report/render-map-svg.js';

const persian = logFromTraces([
  [['ثبت درخواست', 0], ['بررسی مدارک', 3_600_000], ['صدور پروانه', 7_200_000]],
  [['ثبت درخواست', 0], ['بررسی مدارک', 60_000], ['صدور پروانه', 120_000]],
]);
const hostile = logFromTraces([['say "hi"\\n', 'x"]; evil [label="', 'a|b<script>#quot;']]);

describe('process map renderers', () => {
  it('JSON has the contracted shape, durations in seconds', () => {
    const json = JSON.parse(renderMapJson(dfgMap(discoverDfg(persian)), 'frequency'));
    expect(json.algorithm).toBe('dfg');
    expect(json.activities).toEqual([
      { name: 'بررسی مدارک', count: 2, cases: 2 },
      { name: 'ثبت درخواست', count: 2, cases: 2 },
      { name: 'صدور پروانه', count: 2, cases: 2 },
    ]);
    expect(json.edges[0]).toEqual({ from: 'بررسی مدارک', to: 'صدور پروانه', count: 2, cases: 2, waiting: { mean: 1830, median: 1830, p90: 3246, max: 3600, total: 3660 } });
    expect(json.start).toEqual([{ name: 'ثبت درخواست', count: 2 }]);
    expect(json.end).toEqual([{ name: 'صدور پروانه', count: 2 }]);
    expect(json.hidden).toEqual({ activities: 0, activityNames: [], edges: 0, endpointArcs: 0, events: 0, eventShare: 0 });
  });

  it('heuristics JSON adds the dependency of each edge', () => {
    const json = JSON.parse(renderMapJson(heuristicsMap(discoverHeuristics(persian)), 'frequency'));
    expect(json.algorithm).toBe('heuristics');
    expect(json.edges.map((edge: { dependency: number }) => edge.dependency)).toEqual([2 / 3, 2 / 3]);
  });

  it('heuristics JSON and text list parallel branches found by the AND measure', () => {
    const log = logFromTraces([['a', 'b', 'c', 'd'], ['a', 'c', 'b', 'd'], ['a', 'b', 'c', 'd'], ['a', 'c', 'b', 'd']]);
    const map = heuristicsMap(discoverHeuristics(log));
    expect(JSON.parse(renderMapJson(map, 'frequency')).parallel).toEqual([
      { kind: 'split', activity: 'a', branches: ['b', 'c'], measure: 4 / 5 },
      { kind: 'join', activity: 'd', branches: ['b', 'c'], measure: 4 / 5 },
    ]);
    expect(renderMapText(map, 'frequency')).toContain('b ∥ c  after a  (0.800)');
  });

  it('DOT escapes labels so they cannot break out of their string', () => {
    expect(dotString('say "hi"\\n')).toBe('"say \\"hi\\"\\\\n"');
    const dot = renderMapDot(dfgMap(discoverDfg(hostile)), 'frequency');
    expect(dot).not.toContain('evil [label="');
    expect(dot).toContain('x\\"]; evil [label=\\"');
  });

  it('Mermaid writes quotes and markup as entities and keeps Persian text as is', () => {
    expect(mermaidString('a "b" <c>')).toBe('"a #34;b#34; #60;c#62;"');
    const mermaid = renderMapMermaid(dfgMap(discoverDfg(hostile)), 'frequency');
    expect(mermaid).not.toMatch(/<script>/);
    const fa = renderMapMermaid(dfgMap(discoverDfg(persian)), 'median');
    expect(fa).toMatch(/^flowchart TD/);
    expect(fa).toContain('["ثبت درخواست<br/>2"]');
    expect(fa).toContain('-->|"30m 30s"|');
  });

  it('SVG from WebAssembly Graphviz holds the Persian labels as UTF-8 text', async () => {
    const svg = await renderMapSvg(dfgMap(discoverDfg(persian)), 'frequency');
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"/);
    for (const label of ['ثبت درخواست', 'بررسی مدارک', 'صدور پروانه']) expect(svg).toContain(`>${label}</text>`);
    expect(svg).not.toMatch(/Ø|Ù|&#1/);
  });

  it('SVG of hostile labels is well-formed text, not markup', async () => {
    const svg = await renderMapSvg(dfgMap(discoverDfg(hostile)), 'frequency');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });

  it('text ranks edges by the metric and reports hidden parts', () => {
    const log = logFromTraces([...Array.from({ length: 5 }, () => ['a', 'b']), ['a', 'c', 'b']]);
    const text = renderMapText(dfgMap(discoverDfg(log), { activities: 50 }), 'frequency');
    expect(text).toContain('hidden: 1 activities (1 events, 7.7% of events), 2 edges');
    expect(text).toMatch(/Edges by frequency\n.*\n\s+5\s+5\s+5\s+1m\s+a → b/);
  });
});
