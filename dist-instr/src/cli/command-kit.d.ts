import type { Command } from 'commander';
/** Passed to each command so its action can report an exit code without touching `process`. */
export interface CommandContext {
    setExitCode(code: number): void;
}
/** A command module's export: adds its command to `program` and returns it. */
export type RegisterCommand = (program: Command, context: CommandContext) => Command;
/** Wraps an action that returns an exit code, so commander's action handler stays thin. */
export declare function withExitCode<Args extends unknown[]>(context: CommandContext, action: (...args: Args) => Promise<number>): (...args: Args) => Promise<void>;
