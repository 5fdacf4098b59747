/** One command run end to end, `runs.length` times. */
export interface CliMeasure {
    readonly name: string;
    /** The median wall time of the runs, in seconds. */
    readonly seconds: number;
    /** Each run's wall time, in seconds, in the order they ran. */
    readonly runs: readonly number[];
    /** The highest peak resident memory of the runs in bytes, when /usr/bin/time could tell. */
    readonly peakRss: number | undefined;
    /** Size of the file written, in bytes. */
    readonly outputBytes: number;
    /** The target for this command, in seconds, when there is one. */
    readonly targetSeconds: number | undefined;
}
/**
 * Runs each command on `file` `runs` times in fresh processes, the commands taking turns (so a slow spell of a shared
 * machine falls on all of them, not on one), and measures them.
 */
export declare function benchCli(file: string, runs?: number): CliMeasure[];
