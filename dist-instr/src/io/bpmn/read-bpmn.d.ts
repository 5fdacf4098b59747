import type { BpmnProcess } from '../../model/bpmn.js';
/** Parses BPMN XML text into its first process. Throws UserError with file and line on malformed input. O(size). */
export declare function parseBpmn(text: string, file?: string): BpmnProcess;
/** Reads a BPMN file. */
export declare function readBpmn(path: string): BpmnProcess;
