import { appendFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyPlan, runCli } from "../helpers/cli.js";

const PROGRAM = "programs/governance/matur-bupati-terpadu.yaml";

async function lineOf(file: string, needle: string): Promise<number> {
  const lines = (await readFile(file, "utf8")).split("\n");
  return lines.findIndex((l) => l.includes(needle)) + 1;
}

describe("masterplan validate", () => {
  it("passes the bundled plan with zero errors as JSON", async () => {
    const r = await runCli(["validate", "masterplan", "--format", "json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.summary.errors).toBe(0);
    expect(report.diagnostics[0]).toHaveProperty("file");
    expect(
      report.diagnostics.every((d: { file: string }) => d.file.startsWith("masterplan/")),
    ).toBe(true);
  });

  it("--strict turns the plan's warnings into errors", async () => {
    const r = await runCli(["validate", "masterplan", "--strict", "--format", "compact"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/: error .*\[blank\/left-blank\]/);
  });

  it("reports a duplicate key at its file and line, exit 1", async () => {
    const dir = await copyPlan();
    const file = path.join(dir, PROGRAM);
    const lines = (await readFile(file, "utf8")).split("\n").length;
    await appendFile(file, "status: usulan\n");
    const r = await runCli(["validate", dir, "--format", "json"], { cwd: dir });
    expect(r.code).toBe(1);
    const errors = JSON.parse(r.stdout).diagnostics.filter(
      (d: { severity: string }) => d.severity === "error",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: PROGRAM,
      line: lines,
      column: 1,
      code: "yaml/duplicate-key",
      severity: "error",
    });
  });

  it("reports an unknown lead agency at its line", async () => {
    const dir = await copyPlan();
    const file = path.join(dir, PROGRAM);
    await writeFile(
      file,
      (await readFile(file, "utf8")).replace(
        "lead_agency: dinkominfo",
        "lead_agency: no-such-agency",
      ),
    );
    const r = await runCli(["validate", dir, "--format", "json"], { cwd: dir });
    expect(r.code).toBe(1);
    const errors = JSON.parse(r.stdout).diagnostics.filter(
      (d: { severity: string }) => d.severity === "error",
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: PROGRAM,
        line: await lineOf(file, "lead_agency:"),
        column: 14,
        code: "ref/unknown-agency",
      }),
    ]);
  });

  it("reports a misspelt key at its line with a suggestion", async () => {
    const dir = await copyPlan();
    const file = path.join(dir, PROGRAM);
    await writeFile(file, (await readFile(file, "utf8")).replace("\nname:", "\nnmae:"));
    const r = await runCli(["validate", dir], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `${PROGRAM}:${await lineOf(file, "nmae:")}:1 error \`nmae\` is not a known key here.`,
    );
    expect(r.stdout).toContain("hint: Did you mean `name`?");
  });

  it("stops an alias bomb under programs/ within seconds, exit 1", async () => {
    const dir = await copyPlan();
    const rows = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 12; i++) {
      const [prev, cur] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
      rows.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(",")}]`);
    }
    await writeFile(path.join(dir, "programs", "bomb.yaml"), rows.join("\n") + "\n");
    const started = Date.now();
    const r = await runCli(["validate", dir, "--format", "compact"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "programs/bomb.yaml:2:8: error The file expands aliases too many times",
    );
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it("writes at most the 10 warnings GitHub shows, a notice counting the rest, and the full table in the job summary", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "mp-summary-"));
    const summary = path.join(dir, "summary.md");
    const r = await runCli(["validate", "masterplan", "--format", "github"], {
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    expect(r.code).toBe(0);
    const warnings = r.stdout.split("\n").filter((l) => l.startsWith("::warning "));
    expect(warnings).toHaveLength(10);
    expect(warnings[0]).toMatch(
      /^::warning file=masterplan\/[\w/-]+\.yaml,line=\d+,col=\d+,title=[\w/-]+::/,
    );
    const all = JSON.parse(
      (await runCli(["validate", "masterplan", "--format", "json"])).stdout,
    ) as {
      diagnostics: unknown[];
    };
    const notices = r.stdout.split("\n").filter((l) => l.startsWith("::notice "));
    expect(notices).toEqual([
      `::notice title=masterplan::${all.diagnostics.length - 10} more problems are not annotated (GitHub shows 10 errors and 10 warnings per step); the job summary lists them all.`,
    ]);
    const table = await readFile(summary, "utf8");
    expect(
      table.split("\n").filter((l) => l.startsWith("| Warning") || l.startsWith("| warning")),
    ).toHaveLength(all.diagnostics.length);
  });

  it("exits 2 without a stack trace for a folder that does not exist", async () => {
    const r = await runCli(["validate", "/nonexistent/plan"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("The plan folder /nonexistent/plan does not exist.");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("exits 2 on an unknown flag or format", async () => {
    expect((await runCli(["validate", "--bogus"])).code).toBe(2);
    const r = await runCli(["validate", "--format", "xml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("choose one of pretty, compact, json, github");
  });

  it("finds ./masterplan when no folder is given", async () => {
    const r = await runCli(["validate", "--format", "json"]);
    expect(r.code).toBe(0);
  });
});

describe("masterplan --help and --version", () => {
  it("prints help and the version with exit 0", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("validate");
    const version = await runCli(["--version"]);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
