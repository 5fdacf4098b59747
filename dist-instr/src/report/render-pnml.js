// PNML (ISO/IEC 15909-2, P/T net core model) of an accepting Petri net, in the dialect PM4Py and ProM read: silent
// transitions carry ProM's `$invisible$` tool-specific marker, the final marking sits in `<finalmarkings>`. What
// `io/pnml/read-pnml.ts` reads back into the same net.
import { escapeXml } from '../io/xes/escape-xml.js';
import { arcEnds } from '../model/petri-net.js';
/** A stable, UUID-shaped id for ProM's `localNodeID` (ProM wants one; it need not be random). */
function localId(index) {
    return `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
}
/**
 * The net as a PNML document (UTF-8 text). Every id and label is escaped; arc weights other than 1 are written as
 * inscriptions. O(places + transitions + arcs).
 */
export function renderPnml(net, name = 'redtape inductive miner') {
    const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<pnml>',
        `  <net id="net1" type="http://www.pnml.org/version-2009/grammar/pnmlcoremodel">`,
        `    <name><text>${escapeXml(name)}</text></name>`,
        '    <page id="n0">',
    ];
    net.places.forEach((place, i) => {
        const tokens = net.initialMarking.get(i);
        const marking = tokens ? `<initialMarking><text>${tokens}</text></initialMarking>` : '';
        lines.push(`      <place id="${escapeXml(place.id)}"><name><text>${escapeXml(place.name)}</text></name>${marking}</place>`);
    });
    net.transitions.forEach((t, i) => {
        const id = escapeXml(t.id);
        if (t.label === null) {
            lines.push(`      <transition id="${id}"><name><text>${id}</text></name><toolspecific tool="ProM" version="6.4" activity="$invisible$" localNodeID="${localId(i + 1)}"/></transition>`);
        }
        else {
            lines.push(`      <transition id="${id}"><name><text>${escapeXml(t.label)}</text></name></transition>`);
        }
    });
    net.arcs.forEach((arc, i) => {
        const { source, target } = arcEnds(net, arc);
        const ends = `id="arc${i + 1}" source="${escapeXml(source)}" target="${escapeXml(target)}"`;
        lines.push(arc.weight === 1 ? `      <arc ${ends}/>` : `      <arc ${ends}><inscription><text>${arc.weight}</text></inscription></arc>`);
    });
    lines.push('    </page>', '    <finalmarkings>', '      <marking>');
    for (const [place, tokens] of net.finalMarking)
        lines.push(`        <place idref="${escapeXml(net.places[place]?.id ?? '')}"><text>${tokens}</text></place>`);
    lines.push('      </marking>', '    </finalmarkings>', '  </net>', '</pnml>', '');
    return lines.join('\n');
}
