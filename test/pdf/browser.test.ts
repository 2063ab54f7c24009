import { mkdtemp, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { copyPlan, runCli } from "../helpers/cli.js";
import { fakeBrowser, privateTmp, settled } from "../helpers/processes.js";

it("--browser a folder: exit 2 and one plain sentence", async () => {
  const r = await runCli(["build", "masterplan", "--out", os.tmpdir(), "--browser", "/tmp"]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(
    "masterplan: /tmp is a folder, not a browser: give the path of a Chrome or Chromium program.\n",
  );
  expect(r.stderr).not.toMatch(/\n\s+at |--no-sandbox/);
});

it("--browser a program that exits: exit 2, with what it said", async () => {
  const browser = await fakeBrowser('echo "cannot open shared object libnss3.so" >&2\nexit 127');
  const r = await runCli([
    "build",
    "masterplan",
    "--quiet",
    "--out",
    os.tmpdir(),
    "--browser",
    browser,
  ]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("it exited before it was ready (exit code 127)");
  expect(r.stderr).toContain("cannot open shared object libnss3.so");
});

it("--browser a script that sleeps forever: exit 2 within 60 s, and no process left", async () => {
  const browser = await fakeBrowser("sleep 100000");
  const tmp = await privateTmp();
  const started = Date.now();
  const r = await runCli(
    ["build", await copyPlan(), "--quiet", "--out", os.tmpdir(), "--browser", browser],
    {
      env: { TMPDIR: tmp },
    },
  );
  expect(Date.now() - started).toBeLessThan(60_000);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("it did not answer within 45 s");
  expect(await settled(tmp)).toEqual([]);
  expect(await settled(browser)).toEqual([]);
}, 90_000);

it("a document too large for the memory allowed: refused before printing, exit 2, a way forward", async () => {
  const tmp = await privateTmp();
  const out = await mkdtemp(path.join(os.tmpdir(), "mp-large-"));
  const r = await runCli(["build", "masterplan", "--quiet", "--out", out, "--max-memory", "0.5"], {
    env: { TMPDIR: tmp },
  });
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(
    /This document is too large to print here: its [\d,]+ elements would need about [\d.]+ GB of memory in the browser, and 0\.5 GB is allowed\./,
  );
  expect(r.stderr).toContain("--only html");
  expect(await readdir(out)).toEqual([]);
  expect(await settled(tmp)).toEqual([]);
});

it("a document that would take longer to print than allowed: refused before printing, exit 2", async () => {
  const out = await mkdtemp(path.join(os.tmpdir(), "mp-slow-"));
  const r = await runCli([
    "build",
    "masterplan",
    "--quiet",
    "--out",
    out,
    "--max-minutes",
    "0.001",
  ]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(
    /This document is too large to print here: its [\d,]+ elements would take about \d+ seconds to print, and \d+ seconds is allowed\./,
  );
  expect(r.stderr).toContain("--max-minutes");
  expect(await readdir(out)).toEqual([]);
});
