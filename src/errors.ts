// Errors a user can act on: bad input data, bad options. The CLI prints them as one line and exits 2.

/** Where in an input a problem is: file, 1-based line and column when known. */
export interface Location {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

/** A problem with the user's input or options; never a bug. Its message is shown as is, without a stack trace. */
export class UserError extends Error {
  override readonly name = 'UserError';
  readonly location: Location;

  constructor(message: string, location: Location = {}) {
    super(message);
    this.location = location;
  }

  /** `file:line:column: message`, with the parts that are known. */
  override toString(): string {
    const { file, line, column } = this.location;
    const where = [file, line, line !== undefined ? column : undefined].filter((part) => part !== undefined).join(':');
    return where ? `${where}: ${this.message}` : this.message;
  }
}
