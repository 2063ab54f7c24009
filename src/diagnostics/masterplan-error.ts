/**
 * A problem with the environment or the invocation (no browser, unreadable folder, bad flag).
 * The CLI prints its message without a stack and exits 2. Anything else thrown is a bug.
 */
export class MasterplanError extends Error {
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.name = "MasterplanError";
    this.hint = hint;
  }
}
