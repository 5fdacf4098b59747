import type { LogBuilder } from '../../log/log-builder.js';
import type { InputInfo, ReadOptions, ReadSink } from '../read-options.js';
/** Per-input state of the XES reader; the parser drives it element by element. */
export declare class XesCollector {
    #private;
    readonly file: string;
    readonly builder: LogBuilder;
    readonly options: ReadOptions;
    readonly sink: ReadSink;
    constructor(file: string, builder: LogBuilder, options: ReadOptions, sink: ReadSink);
    openTrace(): void;
    traceAttribute(element: string, key: string, value: string): void;
    openEvent(line: number, column: number): void;
    eventAttribute(element: string, key: string, value: string): void;
    /**
     * Ends the open event. Once the trace's case id is known (OpenXES writes trace attributes first) the event goes
     * straight into the builder; before that it waits for the end of the trace. Outside any trace it is rejected.
     */
    closeEvent(inTrace: boolean): void;
    /** Ends the trace: adds the events that waited for a case id, then the case attributes. */
    closeTrace(): void;
    /** What this input was read with. */
    finish(): InputInfo;
}
