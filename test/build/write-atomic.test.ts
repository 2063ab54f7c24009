import { mkdtemp, readFile, readdir, writeFile, mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { writeFilesAtomically } from "../../src/build/write-atomic.js";

it("writes every file and leaves no temporary file", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mp-write-"));
  await writeFilesAtomically([
    { path: path.join(dir, "out", "a.html"), data: "<p>a</p>" },
    { path: path.join(dir, "out", "a.pdf"), data: new Uint8Array([37, 80, 68, 70]) },
  ]);
  expect((await readdir(path.join(dir, "out"))).sort()).toEqual(["a.html", "a.pdf"]);
});

it("leaves the previous files untouched when a write fails", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mp-write-"));
  await writeFile(path.join(dir, "a.html"), "old html");
  // A folder where the second file should go makes its rename fail after the first was staged.
  await mkdir(path.join(dir, "a.pdf"));
  await writeFile(path.join(dir, "a.pdf", "keep"), "x");
  await expect(
    writeFilesAtomically([
      { path: path.join(dir, "a.pdf"), data: "new pdf" },
      { path: path.join(dir, "a.html"), data: "new html" },
    ]),
  ).rejects.toThrow();
  expect(await readFile(path.join(dir, "a.html"), "utf8")).toBe("old html");
  expect((await readdir(dir)).sort()).toEqual(["a.html", "a.pdf"]);
});
