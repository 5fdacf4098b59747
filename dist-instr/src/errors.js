// Errors a user can act on: bad input data, bad options. The CLI prints them as one line and exits 2.
/** A problem with the user's input or options; never a bug. Its message is shown as is, without a stack trace. */
export class UserError extends Error {
    name = 'UserError';
    location;
    constructor(message, location = {}) {
        super(message);
        this.location = location;
    }
    /** `file:line:column: message`, with the parts that are known. */
    toString() {
        const { file, line, column } = this.location;
        const where = [file, line, line !== undefined ? column : undefined].filter((part) => part !== undefined).join(':');
        return where ? `${where}: ${this.message}` : this.message;
    }
}
