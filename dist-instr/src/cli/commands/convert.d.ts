import { type RegisterCommand } from '../command-kit.js';
declare const FORMATS: readonly ["csv", "xes"];
type Format = (typeof FORMATS)[number];
/** The output format and compression: `--format` when given, else the output's extension. */
export declare function outputFormat(output: string, format: string | undefined): {
    format: Format;
    gzip: boolean;
};
export declare const registerConvert: RegisterCommand;
export {};
