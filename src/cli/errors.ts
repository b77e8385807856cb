/**
 * A mistake the site owner can fix: the message says what was wrong and what to do, and main.ts
 * prints it alone (no stack trace) and exits with `exitCode`.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
