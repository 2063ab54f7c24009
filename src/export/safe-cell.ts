/**
 * A text cell a spreadsheet will not take for a formula. Spreadsheet programs read a cell that
 * begins with `=`, `+`, `-` or `@` (and, in some, a tab or a carriage return) as a formula,
 * which can open links or run commands (CSV injection); such a cell gets a leading apostrophe,
 * as OWASP recommends, which shows the text as it is written.
 */
export function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
