import path from "node:path";

/** A path as the user should see it: relative to the working folder, with forward slashes. */
export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file) || ".";
  return rel.split(path.sep).join("/");
}
