import { mkdtemp, readFile, readdir, writeFile, mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { checkOutputs, writeFilesAtomically } from "../../src/write/write-atomic.js";
import { MasterplanError } from "../../src/diagnostics/masterplan-error.js";

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

it("checks every target before replacing any: a folder at the second path keeps the first", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mp-write-"));
  await writeFile(path.join(dir, "a.html"), "old html");
  await mkdir(path.join(dir, "a.pdf"));
  const e = await writeFilesAtomically([
    { path: path.join(dir, "a.html"), data: "new html" },
    { path: path.join(dir, "a.pdf"), data: "new pdf" },
  ]).catch((e: unknown) => e);
  expect(e).toBeInstanceOf(MasterplanError);
  expect((e as Error).message).toBe(
    `A folder stands where ${path.join(dir, "a.pdf")} would be written; nothing was replaced.`,
  );
  expect(await readFile(path.join(dir, "a.html"), "utf8")).toBe("old html");
  expect((await readdir(dir)).sort()).toEqual(["a.html", "a.pdf"]);
});

it("never mixes two pairs written into one folder at once", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mp-write-"));
  const big = (c: string) => c.repeat(2_000_000);
  const pair = (c: string) => [
    { path: path.join(dir, "a.html"), data: big(c) },
    { path: path.join(dir, "a.pdf"), data: big(c) },
  ];
  for (let round = 0; round < 10; round++) {
    await Promise.all(["x", "y", "z"].map((c) => writeFilesAtomically(pair(c))));
    const [html, pdf] = await Promise.all(
      ["a.html", "a.pdf"].map((f) => readFile(path.join(dir, f), "utf8")),
    );
    expect(html![0]).toBe(pdf![0]);
    expect(html!.length).toBe(2_000_000);
    expect((await readdir(dir)).sort()).toEqual(["a.html", "a.pdf"]);
  }
});

it("sweeps the temporary files and lock of a process that was killed", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mp-write-"));
  await writeFile(path.join(dir, ".a.pdf.999999999.tmp"), "half a pdf");
  await writeFile(path.join(dir, ".a.html.999999999.old"), "a backup");
  await writeFile(path.join(dir, ".masterplan.lock"), "999999999\n");
  await writeFile(path.join(dir, "notes.txt"), "the user's own file");
  await writeFilesAtomically([{ path: path.join(dir, "a.pdf"), data: "pdf" }]);
  expect((await readdir(dir)).sort()).toEqual(["a.pdf", "notes.txt"]);
});

it("finds a folder that cannot be written before any work is done", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mp-write-"));
  await writeFile(path.join(dir, "file"), "x");
  const e = await checkOutputs([path.join(dir, "file", "a.pdf")]).catch((e: unknown) => e);
  expect(e).toBeInstanceOf(MasterplanError);
  expect((e as Error).message).toMatch(/^Cannot write the output: a file stands where/);
});
