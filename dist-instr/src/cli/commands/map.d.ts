import { type RegisterCommand } from '../command-kit.js';
/** A commander parser for a number within [min, max]. */
export declare function numberIn(min: number, max: number, integer?: boolean): (value: string) => number;
export declare const registerMap: RegisterCommand;
