import { type Style } from '../report/style.js';
/** True when output to `stream` may be coloured. */
export declare function colourEnabled(stream: NodeJS.WriteStream): boolean;
/** A style for text written to standard output (`toFile` → always plain; chalk is loaded only to colour). */
export declare function styleFor(toFile: boolean): Promise<Style>;
