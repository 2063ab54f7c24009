import { spawn, execFileSync } from "node:child_process";
import { mkdtemp, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { BIN } from "../helpers/cli.js";

/** Process ids of a process's children (the browser the CLI launched). */
function childrenOf(pid: number): number[] {
  try {
    return execFileSync("pgrep", ["-P", String(pid)], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

it("Ctrl-C during printing closes the browser, writes nothing and exits 130", async () => {
  const out = await mkdtemp(path.join(os.tmpdir(), "mp-int-"));
  const child = spawn(process.execPath, [BIN, "build", "masterplan", "--out", out], {
    env: { ...process.env, NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  const launched = new Promise<void>((resolve) =>
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
      if (stderr.includes("launch browser")) resolve();
    }),
  );
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  await launched;
  const browsers = childrenOf(child.pid!);
  expect(browsers.length).toBeGreaterThan(0);
  child.kill("SIGINT");
  const code = await exited;
  expect(code).toBe(130);
  expect(stderr).toContain("The build was interrupted; no files were written.");
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(await readdir(out)).toEqual([]);
  expect(browsers.filter(alive)).toEqual([]);
});
