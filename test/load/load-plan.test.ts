import { execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, symlink, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { loadPlan, type ParseCache } from "../../src/load/load-plan.js";
import { MasterplanError } from "../../src/diagnostics/masterplan-error.js";

it("loads the bundled plan with no load problems", async () => {
  const { plan, diagnostics } = await loadPlan("masterplan");
  expect(diagnostics).toEqual([]);
  expect(plan.files.filter((f) => f.kind === "dimension")).toHaveLength(6);
});

it("throws an environment error for a folder that does not exist", async () => {
  await expect(loadPlan("/nonexistent/plan")).rejects.toBeInstanceOf(MasterplanError);
});

it("reports missing files and ignores files that are not YAML", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mp-load-"));
  await writeFile(path.join(dir, "masterplan.yaml"), "schema_version: 1\n");
  await mkdir(path.join(dir, "programs", "economy"), { recursive: true });
  await writeFile(path.join(dir, "programs", "economy", "x.yml"), "id: x\n");
  await writeFile(path.join(dir, "programs", "README.md"), "Catatan.\n");
  await mkdir(path.join(dir, "chapters"));
  await writeFile(path.join(dir, "chapters", "penutup.md"), "# Penutup\n");
  const { diagnostics } = await loadPlan(dir);
  expect(diagnostics.map((d) => `${path.relative(dir, d.file)} ${d.code}`)).toEqual([
    "agencies.yaml load/missing-file",
    "rpjpd.yaml load/missing-file",
    "chapters/penutup.md load/ignored-file",
    "programs/economy/x.yml load/ignored-file",
  ]);
});

it("reads a plan copied elsewhere", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mp-copy-"));
  await cp("masterplan", dir, { recursive: true });
  const { plan } = await loadPlan(dir);
  expect(plan.files.length).toBeGreaterThan(40);
});

it("reads and parses again only the files that changed, given a cache", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mp-cache-"));
  await cp("masterplan", dir, { recursive: true });
  const cache: ParseCache = new Map();
  const first = await loadPlan(dir, { cache });
  const changed = path.join(dir, "programs", "governance", "e-akun-identitas-tunggal.yaml");
  await writeFile(changed, (await readFile(changed, "utf8")).replace(/^name: .*$/m, "name: Baru"));
  await utimes(changed, new Date(), new Date(Date.now() + 5000));
  const second = await loadPlan(dir, { cache });
  const byPath = (r: typeof first) => new Map(r.plan.files.map((f) => [f.source.path, f.source]));
  const [a, b] = [byPath(first), byPath(second)];
  for (const [file, source] of b)
    if (file === changed) expect(source).not.toBe(a.get(file));
    else expect(source, file).toBe(a.get(file));
  expect((b.get(changed)!.data as { name: string }).name).toBe("Baru");
});

it("refuses links that lead outside the plan, never reading them, and names every file it skips", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mp-links-"));
  const outside = await mkdtemp(path.join(os.tmpdir(), "mp-outside-"));
  await cp("test/fixtures/kota-contoh", dir, { recursive: true });
  const programs = path.join(dir, "programs");
  await writeFile(path.join(outside, "secret.yaml"), "token: rahasia\n");
  await symlink(
    path.join(outside, "secret.yaml"),
    path.join(programs, "governance", "secret.yaml"),
  );
  await symlink("/nonexistent/x.yaml", path.join(programs, "governance", "broken.yaml"));
  await symlink(outside, path.join(programs, "living", "elsewhere"));
  await symlink(
    "../governance/program-governance.yaml",
    path.join(programs, "living", "program-living-copy.yaml"),
  );
  await mkdir(path.join(programs, "economy", "folder.yaml"));
  execFileSync("mkfifo", [path.join(programs, "society", "pipe.yaml")]);
  const { plan, diagnostics } = await loadPlan(dir);
  const found = diagnostics.map((d) => `${path.relative(dir, d.file)} ${d.severity} ${d.code}`);
  expect(found).toEqual([
    "programs/economy/folder.yaml warning load/folder-named-yaml",
    "programs/governance/broken.yaml error load/broken-link",
    "programs/governance/secret.yaml error load/outside-link",
    "programs/living/elsewhere error load/outside-link",
    "programs/society/pipe.yaml warning load/not-a-file",
  ]);
  const read = plan.files.map((f) => path.relative(dir, f.source.path));
  expect(read).toContain("programs/living/program-living-copy.yaml");
  expect(read).not.toContain("programs/governance/secret.yaml");
  expect(JSON.stringify(plan.files.map((f) => f.source.text))).not.toContain("rahasia");
});

it("refuses a required file that links outside once, not also as missing", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mp-links-"));
  await cp("test/fixtures/kota-contoh", dir, { recursive: true });
  await rm(path.join(dir, "agencies.yaml"));
  await symlink("/etc/hostname", path.join(dir, "agencies.yaml"));
  const { diagnostics } = await loadPlan(dir);
  expect(diagnostics.map((d) => `${path.relative(dir, d.file)} ${d.code}`)).toEqual([
    "agencies.yaml load/outside-link",
  ]);
});
