// Mermaid flowchart of a process map: renders inside GitHub and GitLab Markdown (```mermaid fences).
import { mapLooks, oneLine } from './map-style.js';
/**
 * A Mermaid quoted label. Mermaid has no backslash escapes: `"` and the characters it would read as markup or
 * entities are written as its `#code;` entities, so any label (Persian, or hostile) stays one literal string.
 */
export function mermaidString(...lines) {
    const escape = (text) => oneLine(text).replace(/[#"<>&`|[\]{}()]/g, (char) => `#${char.codePointAt(0)};`);
    return `"${lines.map(escape).join('<br/>')}"`;
}
/** The map as a Mermaid `flowchart TD`: fill shows frequency, link width and colour the metric. O(V + E). */
export function renderMapMermaid(map, metric) {
    const looks = mapLooks(map, metric);
    const ids = new Map(map.activities.map((activity, i) => [activity.name, `a${i}`]));
    const lines = ['flowchart TD', '  start(("start"))', '  finish((("end")))'];
    const styles = ['  style start fill:#38a169,stroke:#276749,color:#ffffff', '  style finish fill:#e53e3e,stroke:#9b2c2c,color:#ffffff'];
    map.activities.forEach((activity, i) => {
        const look = looks.node(activity.count);
        lines.push(`  a${i}[${mermaidString(activity.name, activity.count.toLocaleString('en-US'))}]`);
        styles.push(`  style a${i} fill:${look.fill},stroke:#4a5568,color:${look.fontColour}`);
    });
    let link = 0;
    const linkStyles = [];
    for (const arc of map.start) {
        lines.push(`  start -.->|${mermaidString(arc.count.toLocaleString('en-US'))}| ${ids.get(arc.name)}`);
        link++;
    }
    for (const edge of map.edges) {
        const look = looks.edge(edge);
        lines.push(`  ${ids.get(edge.from)} -->|${mermaidString(look.label)}| ${ids.get(edge.to)}`);
        linkStyles.push(`  linkStyle ${link} stroke:${look.colour},stroke-width:${look.width}px`);
        link++;
    }
    for (const arc of map.end)
        lines.push(`  ${ids.get(arc.name)} -.->|${mermaidString(arc.count.toLocaleString('en-US'))}| finish`);
    return `${[...lines, ...styles, ...linkStyles].join('\n')}\n`;
}
