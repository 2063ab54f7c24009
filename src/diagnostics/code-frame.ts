/**
 * The offending line with a caret under the column, and one line of context before it.
 * Given the text already split into lines (`splitLines`), many frames of one file cost one split.
 */
export function codeFrame(text: string | readonly string[], line: number, column: number): string {
  const lines = typeof text === "string" ? splitLines(text) : text;
  const target = lines[line - 1];
  if (target === undefined) return "";
  const width = String(line).length;
  const gutter = (n: number | null) =>
    `${n === null ? " ".repeat(width) : String(n).padStart(width)} | `;
  const out: string[] = [];
  const before = lines[line - 2];
  if (before !== undefined && before.trim() !== "") out.push(gutter(line - 1) + before);
  out.push(gutter(line) + target);
  out.push(gutter(null) + " ".repeat(Math.max(0, column - 1)) + "^");
  return out.join("\n");
}

export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}
