import path from "node:path";

/** Folders the user named on the command line, by where they are: `../rencana`, `D:\\plan`. */
const typed = new Map<string, string>();

/** Remembers how the user wrote a folder, so that the files in it are shown the same way. */
export function rememberTyped(folder: string, asTyped: string): void {
  // A whole path is shown whole anyway where it lies outside the working folder.
  if (asTyped !== "." && asTyped !== "" && !path.isAbsolute(asTyped))
    typed.set(path.resolve(folder), asTyped.replace(/[\\/]+$/, ""));
}

/** Forgets the folders named by an earlier command run in this process. */
export function forgetTyped(): void {
  typed.clear();
}

/**
 * A path as the user wrote it: inside a folder named on the command line, that name and the
 * rest (`../rencana/agencies.yaml`); else relative to the working folder, with the system's
 * separators, when it lies inside it; the whole path when it lies elsewhere (`/tmp/plan`, not
 * `../../tmp/plan`; another drive on Windows).
 */
export function displayPath(file: string, cwd: string): string {
  for (const [folder, asTyped] of typed) {
    const inside = path.relative(folder, file);
    if (inside === "") return visible(asTyped, true);
    if (!inside.startsWith("..") && !path.isAbsolute(inside))
      return visible(`${asTyped}${path.sep}${inside}`, true);
  }
  const rel = path.relative(cwd, file) || ".";
  const outside = rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
  return visible(outside ? path.normalize(file) : rel, true);
}

/** A path for GitHub and reports: relative to the working folder, always with `/`. */
export function repoPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file) || ".";
  return visible(rel.split(path.sep).join("/"), true);
}

// Control characters are what these two patterns are for.
const CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const CONTROL_OR_BREAK =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Control characters and bidirectional marks written as `\u{…}`: a file name holding them
 * would otherwise move the cursor, hide text or reorder what a terminal or a review shows.
 * Tabs and line breaks stay, unless `breaks` (a path holds neither).
 */
export function visible(text: string, breaks = false): string {
  return text.replace(
    breaks ? CONTROL_OR_BREAK : CONTROL,
    (c) => `\\u{${c.codePointAt(0)!.toString(16).padStart(4, "0")}}`,
  );
}

/** Where a diagnostic's file is, as the user reads it: `programs/x.yaml`, or `HEAD~1:programs/x.yaml`. */
export function diagnosticFile(d: { file: string; revision?: string }, cwd: string): string {
  const shown = displayPath(d.file, cwd);
  return d.revision === undefined ? shown : `${visible(d.revision, true)}:${shown}`;
}
