import { describe, expect, it } from 'vitest';
import { parsePnml } from '../../../src/io/pnml/read-pnml.js';

const NET = `<?xml version="1.0"?>
<pnml><net id="n"><page id="p">
  <place id="start"/><place id="end"/>
  <transition id="a"><name><text>Submit</text></name></transition>
  <transition id="t"><name><text>tau</text></name><toolspecific tool="ProM" activity="$invisible$"/></transition>
  <arc id="1" source="start" target="a"><inscription><text>2</text></inscription></arc>
  <arc id="2" source="a" target="end"/><arc id="3" source="start" target="t"/><arc id="4" source="t" target="end"/>
</page></net></pnml>`;

describe('parsePnml', () => {
  it('reads places, labelled and silent transitions, weights, and defaults the markings to source and sink places', () => {
    const net = parsePnml(NET);
    expect(net.places.map((place) => place.id)).toEqual(['start', 'end']);
    expect(net.transitions).toEqual([
      { id: 'a', label: 'Submit' },
      { id: 't', label: null },
    ]);
    expect(net.arcs[0]).toEqual({ place: 0, transition: 0, toTransition: true, weight: 2 });
    expect(net.arcs[1]).toEqual({ place: 1, transition: 0, toTransition: false, weight: 1 });
    expect([...net.initialMarking]).toEqual([[0, 1]]);
    expect([...net.finalMarking]).toEqual([[1, 1]]);
  });

  it('refuses a DOCTYPE (no entity expansion, no external files)', () => {
    const hostile = `<?xml version="1.0"?><!DOCTYPE pnml [<!ENTITY x SYSTEM "file:///etc/passwd">]><pnml><net id="n"><place id="&x;"/></net></pnml>`;
    expect(() => parsePnml(hostile, 'evil.pnml')).toThrow(/DOCTYPE is refused/);
  });

  it('points at the line of malformed input', () => {
    expect(() => parsePnml('<pnml>\n<net>\n<place id="p">\n</net></pnml>', 'bad.pnml')).toThrow(/not well-formed XML/);
    expect(() => parsePnml('<pnml><net><arc source="x" target="y"/></net></pnml>', 'bad.pnml')).toThrow(/arc x → y does not join a place and a transition/);
    expect(() => parsePnml('<other/>', 'bad.pnml')).toThrow(/no <net> element/);
  });
});
