import { execFileSync } from "node:child_process";
import { closeSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect } from "vitest";

// Every PDF a test file prints passes `qpdf --check`: the finisher rewrites Chromium's PDF at
// the level of its objects, and a structural slip would not show in extracted text. The tests
// print into folders under the system's temporary folder (mp-…), or into that folder itself.
const started = Date.now();

function printedSince(since: number): string[] {
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const file = path.join(dir, e.name);
      if (e.isDirectory() && depth < 4 && (depth > 0 || e.name.startsWith("mp-")))
        walk(file, depth + 1);
      else if (e.isFile() && e.name.endsWith(".pdf")) {
        const info = statSync(file, { throwIfNoEntry: false });
        if (info && info.mtimeMs >= since && printed(file)) found.push(file);
      }
    }
  };
  walk(os.tmpdir(), 0);
  return found;
}

/** Whether a file is a PDF a build wrote (not a placeholder a test of file writing made). */
function printed(file: string): boolean {
  try {
    const head = Buffer.alloc(8);
    const fd = openSync(file, "r");
    readSync(fd, head, 0, 8, 0);
    closeSync(fd);
    return head.toString("latin1").startsWith("%PDF-1.");
  } catch {
    return false;
  }
}

afterAll(() => {
  for (const file of printedSince(started)) {
    let out = "";
    try {
      out = execFileSync("qpdf", ["--check", file], { encoding: "utf8", stdio: "pipe" });
    } catch (e) {
      const err = e as { status?: number; stdout?: string; code?: string };
      // Removed meanwhile by the test that made it: nothing to check.
      if (statSync(file, { throwIfNoEntry: false }) === undefined) continue;
      // qpdf exits 3 for warnings it recovers from, 2 for errors.
      expect(err.status, `qpdf --check ${file}\n${err.stdout ?? ""}`).not.toBe(2);
      out = err.stdout ?? "";
    }
    expect(out, file).toContain("No syntax or stream encoding errors found");
  }
});
