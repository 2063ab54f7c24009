import { mkdtemp, readdir, mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { MasterplanError } from "../../src/diagnostics/masterplan-error.js";
import { launchBrowser, sweepStaleProfiles } from "../../src/print/launch-browser.js";
import { fakeBrowser, settled } from "../helpers/processes.js";

async function failure(promise: Promise<unknown>): Promise<MasterplanError> {
  const e = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(e).toBeInstanceOf(MasterplanError);
  return e as MasterplanError;
}

it("says plainly that a folder is not a browser, exit 2", async () => {
  const e = await failure(launchBrowser(os.tmpdir(), { protocolTimeoutMs: 5_000 }));
  expect(e.message).toBe(
    `${os.tmpdir()} is a folder, not a browser: give the path of a Chrome or Chromium program.`,
  );
  expect(e.exitCode).toBe(2);
});

it("reports a program that exits at once, with its own last words", async () => {
  const browser = await fakeBrowser('echo "fatal: no display here" >&2\nexit 3');
  const e = await failure(launchBrowser(browser, { protocolTimeoutMs: 5_000 }));
  expect(e.message).toContain("it exited before it was ready (exit code 3)");
  expect(e.message).toContain("fatal: no display here");
  expect(e.exitCode).toBe(2);
});

it("gives up on a browser that never answers, and leaves none of it running", async () => {
  const browser = await fakeBrowser("sleep 1000");
  const started = Date.now();
  const e = await failure(
    launchBrowser(browser, { launchTimeoutMs: 1_500, protocolTimeoutMs: 5_000 }),
  );
  expect(Date.now() - started).toBeLessThan(8_000);
  expect(e.message).toContain("it did not answer within 2 s");
  expect(await settled(browser)).toEqual([]);
  // The sleeping child of the script carries the browser's profile folder in its environment.
  expect(await settled(`masterplan-browser-${process.pid}-`)).toEqual([]);
});

it("stops at once when interrupted while the browser starts", async () => {
  const browser = await fakeBrowser("sleep 1000");
  const controller = new AbortController();
  const started = Date.now();
  setTimeout(() => controller.abort(), 300);
  const e = await failure(
    launchBrowser(browser, {
      launchTimeoutMs: 30_000,
      protocolTimeoutMs: 5_000,
      signal: controller.signal,
    }),
  );
  expect(e.exitCode).toBe(130);
  expect(Date.now() - started).toBeLessThan(5_000);
  expect(await settled(browser)).toEqual([]);
  expect(await settled(`masterplan-browser-${process.pid}-`)).toEqual([]);
});

it("sweeps the profiles of processes that are gone, and only those", async () => {
  const tmp = await mkdtemp(path.join(os.tmpdir(), "mp-sweep-"));
  await mkdir(path.join(tmp, "masterplan-browser-999999999-abc", "Default"), { recursive: true });
  await mkdir(path.join(tmp, `masterplan-browser-${process.pid}-def`));
  await mkdir(path.join(tmp, "someone-elses-folder"));
  sweepStaleProfiles(tmp);
  expect((await readdir(tmp)).sort()).toEqual([
    `masterplan-browser-${process.pid}-def`,
    "someone-elses-folder",
  ]);
});
