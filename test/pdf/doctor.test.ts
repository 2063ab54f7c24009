import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, it } from "vitest";
import { copyPlan, runCli } from "../helpers/cli.js";

it("says a build would work here, naming the browser and the font", async () => {
  const r = await runCli(["doctor", "masterplan"]);
  expect(r.code, r.stdout).toBe(0);
  expect(r.stdout).toMatch(/^ok {4}Node\.js \d+\.\d+\.\d+/m);
  expect(r.stdout).toMatch(/^ok {4}Browser: .+ at \/\S+ \(from .+\); it starts headless$/m);
  expect(r.stdout).toMatch(/^(ok|note) {2,4}Font: (Bookman Old Style|TeX Gyre Bonum|neither)/m);
  expect(r.stdout).toMatch(/^ok {4}Plan masterplan: 0 errors, \d+ warnings$/m);
  expect(r.stdout).toContain("A build would work.");
});

it("fails with the command to fix a missing browser", async () => {
  const r = await runCli(["doctor", "masterplan"], {
    env: { PUPPETEER_EXECUTABLE_PATH: "/nonexistent/chrome" },
  });
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/^FAIL {2}Browser: .*\/nonexistent\/chrome/m);
  expect(r.stdout).toContain("fix: Install Chromium");
  expect(r.stdout).toContain("apt-get install -y chromium");
});

it("fails for a plan with errors, pointing at validate", async () => {
  const dir = await copyPlan();
  const file = path.join(dir, "masterplan.yaml");
  await writeFile(file, (await readFile(file, "utf8")).replace("kind: kabupaten", "kind: desa"));
  const r = await runCli(["doctor", dir]);
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/^FAIL {2}Plan .*: 1 errors?/m);
  expect(r.stdout).toMatch(/fix: masterplan validate /);
});
