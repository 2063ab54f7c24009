import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findPlans, pickShard } from "../../src/pipeline/build-portfolio.js";
import { findBrowser } from "../../src/print/find-browser.js";
import { runCli } from "../helpers/cli.js";
import { fakeBrowser } from "../helpers/processes.js";

/** A portfolio folder: regions/<name>/, each a copy of the kota fixture under its own name. */
async function portfolio(names: string[]): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), "mp-portfolio-"));
  for (const name of names) {
    const dir = path.join(root, "regions", name);
    await cp("test/fixtures/kota-contoh", dir, { recursive: true });
    const manifest = path.join(dir, "masterplan.yaml");
    await writeFile(
      manifest,
      (await readFile(manifest, "utf8")).replace(/^name: .*$/m, `name: masterplan-${name}`),
    );
  }
  return root;
}

/** The real browser behind a script that notes each start, to count launches. */
async function countingBrowser(): Promise<{ path: string; launches: () => Promise<number> }> {
  const log = path.join(await mkdtemp(path.join(os.tmpdir(), "mp-launches-")), "log");
  await writeFile(log, "");
  const browser = await fakeBrowser(`echo start >> ${log}\nexec ${findBrowser()} "$@"`);
  return {
    path: browser,
    launches: async () => (await readFile(log, "utf8")).split("\n").filter(Boolean).length,
  };
}

describe("masterplan build with several plans", () => {
  it("builds three plans with one browser launch, and a summary", async () => {
    const root = await portfolio(["alpha", "beta", "gamma"]);
    const browser = await countingBrowser();
    const r = await runCli(
      [
        "build",
        "regions/alpha",
        "regions/beta",
        "regions/gamma",
        "--out",
        "dist",
        "--browser",
        browser.path,
      ],
      { cwd: root },
    );
    expect(r.code).toBe(0);
    expect(await browser.launches()).toBe(1);
    expect(
      (await readdir(path.join(root, "dist"))).filter((f) => f.endsWith(".pdf")).sort(),
    ).toEqual(["masterplan-alpha.pdf", "masterplan-beta.pdf", "masterplan-gamma.pdf"]);
    expect(r.stderr).toMatch(/^Plan\s+Result\s+Pages\s+Time\s+Output$/m);
    expect(r.stderr).toMatch(
      /^regions\/beta\s+built\s+\d+\s+[\d.]+ s\s+dist\/masterplan-beta\.pdf$/m,
    );
    expect(r.stderr).toContain("3 of 3 plans built.");
  });

  it("goes on past a broken plan, and exits 1", async () => {
    const root = await portfolio(["alpha", "beta", "gamma"]);
    await writeFile(path.join(root, "regions", "beta", "agencies.yaml"), "agencies: [\n");
    // A folder of plans is searched one level down.
    const r = await runCli(["build", "regions", "--out", "dist", "--only", "pdf"], { cwd: root });
    expect(r.code).toBe(1);
    expect(
      (await readdir(path.join(root, "dist"))).filter((f) => f.endsWith(".pdf")).sort(),
    ).toEqual(["masterplan-alpha.pdf", "masterplan-gamma.pdf"]);
    expect(r.stderr).toMatch(/regions\/beta\/agencies\.yaml:1:11 error/);
    expect(r.stderr).toMatch(/^regions\/beta\s+failed\s+–\s+[\d.]+ s\s+1 error$/m);
    expect(r.stderr).toContain("2 of 3 plans built, 1 failed.");
  });

  it("refuses plans whose outputs would share a name, before printing anything", async () => {
    const root = await portfolio(["alpha", "beta"]);
    const manifest = path.join(root, "regions", "beta", "masterplan.yaml");
    await writeFile(
      manifest,
      (await readFile(manifest, "utf8")).replace(/^name: .*$/m, "name: masterplan-alpha"),
    );
    const browser = await countingBrowser();
    const r = await runCli(["build", "regions", "--out", "dist", "--browser", browser.path], {
      cwd: root,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /regions\/beta\/masterplan\.yaml:4:7 error This plan's outputs would be named masterplan-alpha\.pdf and masterplan-alpha\.html, like those of regions\/alpha/,
    );
    expect(await browser.launches()).toBe(0);
    expect(await readdir(root)).toEqual(["regions"]);
  });

  it("--shard i/n splits the plans into stable, disjoint shards that cover them all", async () => {
    const root = await portfolio(["a", "b", "c", "d", "e"]);
    const shards = await Promise.all(
      ["1/2", "2/2"].map(async (shard) => {
        const r = await runCli(
          ["build", "regions", "--only", "html", "--shard", shard, "--out", `dist-${shard[0]}`],
          {
            cwd: root,
          },
        );
        expect(r.code).toBe(0);
        return (await readdir(path.join(root, `dist-${shard[0]}`))).filter((f) =>
          f.endsWith(".html"),
        );
      }),
    );
    expect(shards.map((s) => s.length).sort()).toEqual([2, 3]);
    expect([...shards[0]!, ...shards[1]!].sort()).toEqual(
      ["a", "b", "c", "d", "e"].map((n) => `masterplan-${n}.html`),
    );
    // The same plans and n give the same shard, whatever order the folders are named in.
    const plans = findPlans(["regions"], root);
    const again = findPlans(
      ["regions/e", "regions/c", "regions/a", "regions/d", "regions/b"],
      root,
    );
    expect(pickShard(again, { index: 1, count: 2 })).toEqual(
      pickShard(plans, { index: 1, count: 2 }),
    );
  });

  it("rejects a shard that is not one", async () => {
    const r = await runCli(["build", "masterplan", "--shard", "3/2"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--shard 3/2 is not a shard: give i/n with 1 ≤ i ≤ n, such as 1/4.");
  });
});
