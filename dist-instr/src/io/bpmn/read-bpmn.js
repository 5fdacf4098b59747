// Reads the first process of a BPMN 2.0 XML file (bpmn.io, Camunda Modeler, Signavio, `redtape map --format bpmn`):
// its flow nodes and sequence flows, ignoring the diagram layout. Elements inside sub-processes are not read (a
// sub-process replays as one task). Streamed through saxes; a DOCTYPE is refused.
import { readFileSync } from 'node:fs';
import { attributeOf, localName, safeXmlParser } from '../safe-xml.js';
const NOT_NODES = new Set(['sequenceFlow', 'laneSet', 'lane', 'flowNodeRef', 'documentation', 'extensionElements', 'dataObject', 'dataObjectReference', 'dataStoreReference', 'textAnnotation', 'association', 'ioSpecification', 'property', 'boundaryEvent']);
/** Parses BPMN XML text into its first process. Throws UserError with file and line on malformed input. O(size). */
export function parseBpmn(text, file = '<bpmn>') {
    const { parser, fail } = safeXmlParser(file, 'BPMN');
    const stack = [];
    const nodes = [];
    const flows = [];
    let processes = 0;
    let processDepth = -1;
    parser.on('opentag', (tag) => {
        const name = localName(tag.name);
        const attribute = (key) => attributeOf(tag, key);
        stack.push(name);
        if (name === 'process') {
            processes++;
            if (processes === 1)
                processDepth = stack.length;
            return;
        }
        // Only direct children of the first process.
        if (processes !== 1 || stack.length !== processDepth + 1 || processDepth < 0)
            return;
        const id = attribute('id') ?? fail(`a ${name} element has no id`);
        if (name === 'sequenceFlow') {
            flows.push({ id, source: attribute('sourceRef') ?? fail(`sequence flow ${id} has no sourceRef`), target: attribute('targetRef') ?? fail(`sequence flow ${id} has no targetRef`) });
        }
        else if (!NOT_NODES.has(name)) {
            const label = attribute('name');
            nodes.push(label === undefined ? { id, kind: name } : { id, kind: name, name: label });
        }
    });
    parser.on('closetag', () => {
        if (stack.pop() === 'process' && stack.length + 1 === processDepth)
            processDepth = -2;
    });
    parser.write(text).close();
    if (processes === 0)
        fail('no <process> element: is this a BPMN 2.0 file?');
    return { nodes, flows };
}
/** Reads a BPMN file. */
export function readBpmn(path) {
    return parseBpmn(readFileSync(path, 'utf8'), path);
}
