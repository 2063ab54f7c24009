import { cp, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runInProcess } from "../helpers/cli.js";
import { ADDED, RAISED, REMOVED, repoWithChanges } from "../helpers/git-repo.js";

let repo: string;
let git: (...args: string[]) => string;

beforeAll(async () => {
  ({ repo, git } = await repoWithChanges());
});

describe("masterplan diff", () => {
  it("names the added, removed and changed programs and the budget change, as JSON", async () => {
    const r = await runInProcess(["diff", "HEAD~1", "HEAD", "--format", "json"], { cwd: repo });
    expect(r.code, r.stderr).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.programs.added.map((p: { id: string }) => p.id)).toEqual([ADDED]);
    expect(d.programs.removed.map((p: { id: string }) => p.id)).toEqual([REMOVED]);
    const changed = d.programs.changed.find((c: { id: string }) => c.id === RAISED);
    expect(changed.budget.lines).toEqual([
      { year: 2026, source: "apbd", sourceName: "APBD", before: 320_000_000, after: 570_000_000 },
    ]);
    expect(changed.budget.after.known - changed.budget.before.known).toBe(250_000_000);
    // Read from git's objects: the working tree is untouched.
    expect(git("status", "--porcelain")).toBe("");
  });

  it("writes markdown for a pull request: a summary table, then the programs in Rupiah", async () => {
    const r = await runInProcess(["diff", "HEAD~1", "HEAD", "--format", "markdown"], { cwd: repo });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^### Masterplan changes/);
    expect(r.stdout.indexOf("| Programs added | 1 |")).toBeLessThan(
      r.stdout.indexOf("#### Changed programs"),
    );
    expect(r.stdout).toContain("Perluasan E-Akun sebagai Identitas Tunggal Layanan Digital");
    expect(r.stdout).toContain("Rp 320.000.000 → Rp 570.000.000");
  });

  it("compares with the working tree by default, and --exit-code says whether anything changed", async () => {
    expect((await runInProcess(["diff", "--exit-code"], { cwd: repo })).code).toBe(0);
    const r = await runInProcess(["diff", "HEAD~1", "--exit-code"], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Changes from HEAD~1 to working tree");
  });

  it("compares two folders", async () => {
    const copy = await mkdtemp(path.join(os.tmpdir(), "mp-copy-"));
    await cp("masterplan", copy, { recursive: true });
    const r = await runInProcess(
      ["diff", copy, path.join(repo, "masterplan"), "--format", "json"],
      {
        cwd: os.tmpdir(),
      },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ added: 1, removed: 1, changed: 1 });
  });

  it("exits 2 with a plain message for a revision that does not exist", async () => {
    const r = await runInProcess(["diff", "no-such-branch"], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("The revision `no-such-branch` does not exist");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
