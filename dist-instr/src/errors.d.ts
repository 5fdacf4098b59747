/** Where in an input a problem is: file, 1-based line and column when known. */
export interface Location {
    readonly file?: string;
    readonly line?: number;
    readonly column?: number;
}
/** A problem with the user's input or options; never a bug. Its message is shown as is, without a stack trace. */
export declare class UserError extends Error {
    readonly name = "UserError";
    readonly location: Location;
    constructor(message: string, location?: Location);
    /** `file:line:column: message`, with the parts that are known. */
    toString(): string;
}
