import type { RegisterCommand } from '../command-kit.js';
/** A command by name, and how to load its registration. */
export interface CommandEntry {
    readonly name: string;
    load(): Promise<RegisterCommand>;
}
export declare const COMMANDS: readonly CommandEntry[];
/**
 * The registrations a command line needs: only its command's when it names one (and takes no `--config`, whose
 * top-level keys are checked against every command's options); all of them for help, version or a mistyped name,
 * so help lists every command and commander can suggest the closest one.
 */
export declare function commandsFor(args: readonly string[]): Promise<RegisterCommand[]>;
