import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const PDF = "masterplan-smart-city-purbalingga.pdf";
const HTML = "masterplan-smart-city-purbalingga.html";

/** A small filesystem of its own (root can mount tmpfs here); null where mounting is not allowed. */
const mounts: string[] = [];
async function mounted(options: string): Promise<string | null> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mp-mount-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", dir], { stdio: "ignore" });
  } catch {
    return null;
  }
  mounts.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of mounts) execFileSync("umount", [dir], { stdio: "ignore" });
});

/** Earlier outputs, to see that a failed build leaves them as they were. */
async function earlier(dir: string): Promise<void> {
  await writeFile(path.join(dir, HTML), "earlier html");
  await writeFile(path.join(dir, PDF), "earlier pdf");
}

describe.concurrent("an output folder that cannot take the outputs", () => {
  it("a folder where the PDF goes: exit 2 before printing, the HTML kept", async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), "mp-out-"));
    await writeFile(path.join(out, HTML), "earlier html");
    await mkdir(path.join(out, PDF));
    const r = await runCli(["build", "masterplan", "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`A folder stands where ${path.join(out, PDF)} would be written`);
    expect(r.stderr).not.toContain("print pass");
    expect(await readFile(path.join(out, HTML), "utf8")).toBe("earlier html");
    expect((await readdir(out)).sort()).toEqual([HTML, PDF]);
  });

  it("--out naming a file: exit 2, a plain message", async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), "mp-out-")), "dist");
    await writeFile(file, "a file");
    const r = await runCli(["build", "masterplan", "--out", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Cannot write the output: a file stands where the folder/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("a read-only file system: exit 2 before printing, earlier outputs kept", async (t) => {
    const ro = await mounted("size=4m");
    if (!ro) return t.skip();
    await earlier(ro);
    execFileSync("mount", ["-o", "remount,ro", ro]);
    const r = await runCli(["build", "masterplan", "--out", ro]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`the folder ${ro} is on a read-only file system`);
    expect(r.stderr).not.toContain("print pass");
    expect(await readFile(path.join(ro, PDF), "utf8")).toBe("earlier pdf");
  });

  it("a full disk: exit 2, earlier outputs kept, no temporary file left", async (t) => {
    const tiny = await mounted("size=300k");
    if (!tiny) return t.skip();
    await earlier(tiny);
    const r = await runCli(["build", "masterplan", "--out", tiny]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the disk holding .* is full/);
    expect(await readFile(path.join(tiny, PDF), "utf8")).toBe("earlier pdf");
    expect(await readFile(path.join(tiny, HTML), "utf8")).toBe("earlier html");
    expect((await readdir(tiny)).sort()).toEqual([HTML, PDF]);
  });
});
