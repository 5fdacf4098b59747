import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineTracker } from '../../../src/io/xes/line-tracker.js';

/** Line and column of the character at `index`, the slow way. */
function expected(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

describe('LineTracker', () => {
  it('agrees with counting from the start, whatever the chunking and the positions asked', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', '\n', '<', 'é'), { minLength: 1, maxLength: 200 }), fc.array(fc.nat(), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 10 }), (chars, cuts, asks) => {
        const text = chars.join('');
        const points = [...new Set(cuts.map((cut) => cut % text.length))].sort((a, b) => a - b);
        const chunks: string[] = [];
        let from = 0;
        for (const point of [...points, text.length]) {
          if (point > from) chunks.push(text.slice(from, point));
          from = Math.max(from, point);
        }
        const positions = asks.map((ask) => 1 + (ask % text.length)).sort((a, b) => a - b);
        const tracker = new LineTracker();
        let start = 0;
        let next = 0;
        for (const chunk of chunks) {
          tracker.feed(chunk);
          const end = start + chunk.length;
          while (next < positions.length && (positions[next] as number) <= end) {
            const position = positions[next] as number;
            expect(tracker.at(position)).toEqual(expected(text, position - 1));
            next++;
          }
          start = end;
        }
      }),
    );
  });

  it('finds the start of the tag that just closed', () => {
    const tracker = new LineTracker();
    tracker.feed('<log>\n  <event>');
    expect(tracker.at(tracker.tagStart(15) + 1)).toEqual({ line: 2, column: 3 });
  });
});
