// PNML (ISO/IEC 15909-2, P/T net core model) of a workflow net, in the dialect PM4Py and ProM read: silent
// transitions carry ProM's `$invisible$` tool-specific marker, the final marking sits in `<finalmarkings>`.

import type { PetriNet } from '../discovery/tree-to-petri-net.js';
import { escapeXml } from '../io/xes/escape-xml.js';

/** A stable, UUID-shaped id for ProM's `localNodeID` (ProM wants one; it need not be random). */
function localId(index: number): string {
  return `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
}

/** The net as a PNML document (UTF-8 text). Every id and label is escaped. O(places + transitions + arcs). */
export function renderPnml(net: PetriNet, name = 'redtape inductive miner'): string {
  const initial = new Set(net.initialMarking);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<pnml>',
    `  <net id="net1" type="http://www.pnml.org/version-2009/grammar/pnmlcoremodel">`,
    `    <name><text>${escapeXml(name)}</text></name>`,
    '    <page id="n0">',
  ];
  for (const place of net.places) {
    const id = escapeXml(place.id);
    const marking = initial.has(place.id) ? '<initialMarking><text>1</text></initialMarking>' : '';
    lines.push(`      <place id="${id}"><name><text>${id}</text></name>${marking}</place>`);
  }
  net.transitions.forEach((t, i) => {
    const id = escapeXml(t.id);
    if (t.label === null) {
      lines.push(
        `      <transition id="${id}"><name><text>${id}</text></name><toolspecific tool="ProM" version="6.4" activity="$invisible$" localNodeID="${localId(i + 1)}"/></transition>`,
      );
    } else {
      lines.push(`      <transition id="${id}"><name><text>${escapeXml(t.label)}</text></name></transition>`);
    }
  });
  net.arcs.forEach((arc, i) => {
    lines.push(`      <arc id="arc${i + 1}" source="${escapeXml(arc.source)}" target="${escapeXml(arc.target)}"/>`);
  });
  lines.push('    </page>', '    <finalmarkings>', '      <marking>');
  for (const place of net.finalMarking) lines.push(`        <place idref="${escapeXml(place)}"><text>1</text></place>`);
  lines.push('      </marking>', '    </finalmarkings>', '  </net>', '</pnml>', '');
  return lines.join('\n');
}
