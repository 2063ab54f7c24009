import { t } from "../i18n/language.js";

/**
import { t } from "../i18n/language.js";
 * A problem with the environment or the invocation (no browser, unreadable folder, bad flag),
 * or an interruption. The CLI prints its message without a stack and exits with `exitCode`
 * (2, or 130 when interrupted). Anything else thrown is a bug.
 */
export class MasterplanError extends Error {
  readonly hint: string | undefined;
  readonly exitCode: number;
  constructor(message: string, hint?: string, exitCode = 2) {
    super(message);
    this.name = "MasterplanError";
    this.hint = hint;
    this.exitCode = exitCode;
  }
}

/** Ctrl-C or SIGTERM during a build: nothing was written. */
export function interrupted(): MasterplanError {
  return new MasterplanError(t("interrupted"), undefined, 130);
}
