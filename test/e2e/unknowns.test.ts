import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyPlan, keyOnLine, runInProcess } from "../helpers/cli.js";

interface Reported {
  file: string;
  line: number;
  column: number;
  code: string;
  severity: string;
  message: string;
}

/** Validates a plan from inside its folder, so reported paths are relative to it. */
async function validate(dir: string): Promise<{ code: number | null; diagnostics: Reported[] }> {
  const r = await runInProcess(["validate", ".", "--format", "json"], { cwd: path.resolve(dir) });
  return { code: r.code, diagnostics: JSON.parse(r.stdout).diagnostics as Reported[] };
}

const PROGRAM = "programs/governance/matur-bupati-terpadu.yaml";
const FOUR_NULLS = ["lead_agency", "budget", "status", "progress"];

/** Sets top-level keys of a program file to null, list values included. */
function nullKeys(text: string, keys: readonly string[]): string {
  let out = text;
  for (const key of keys)
    out = out.replace(new RegExp(`^${key}:.*\\n(?:(?: {2}|- ).*\\n)*`, "m"), `${key}: null\n`);
  return out;
}

describe("unknown facts", () => {
  it("a kota plan with a program of unknown agency, budget, status and progress validates", async () => {
    const { code, diagnostics } = await validate("test/fixtures/kota-contoh");
    expect(code).toBe(0);
    const program = diagnostics.filter((d) => d.file.endsWith("program-governance.yaml"));
    const text = await readFile(
      path.resolve("test/fixtures/kota-contoh", program[0]!.file),
      "utf8",
    );
    for (const key of FOUR_NULLS)
      expect(
        program.some((d) => d.severity === "warning" && keyOnLine(text, d.line) === key),
        key,
      ).toBe(true);
  });

  it("the same four nulls in the bundled plan validate, each named", async () => {
    const dir = await copyPlan();
    const file = path.join(dir, PROGRAM);
    await writeFile(file, nullKeys(await readFile(file, "utf8"), FOUR_NULLS));
    const { code, diagnostics } = await validate(dir);
    expect(code).toBe(0);
    const text = await readFile(file, "utf8");
    const named = diagnostics
      .filter((d) => d.file.endsWith(PROGRAM))
      .map((d) => keyOnLine(text, d.line));
    expect(named).toEqual(expect.arrayContaining(FOUR_NULLS));
  });

  it("an enacted copy of the bundled plan fails, with one located error per blank", async () => {
    const draft = (await validate("masterplan")).diagnostics;
    const dir = await copyPlan();
    const manifest = path.join(dir, "masterplan.yaml");
    await writeFile(
      manifest,
      (await readFile(manifest, "utf8")).replace("status: rancangan", "status: ditetapkan"),
    );
    const { code, diagnostics } = await validate(dir);
    expect(code).toBe(1);
    const blanks = (list: Reported[]) =>
      list
        .filter((d) => d.code === "blank/left-blank")
        .map((d) => `${d.file.split("/").slice(1).join("/")}:${d.line}:${d.column}`);
    const errors = diagnostics.filter((d) => d.severity === "error");
    expect(blanks(errors)).toEqual(blanks(draft));
    expect(blanks(errors).length).toBeGreaterThan(50);
    // The drafting notes of the bundled chapters are errors too.
    expect(errors.filter((d) => d.code === "draft/note-in-enacted").length).toBeGreaterThan(0);
  });
});

describe("one validate run tells the whole truth", () => {
  it("reports a schema error in one program and an unknown agency in another", async () => {
    const dir = await copyPlan();
    const a = path.join(dir, PROGRAM);
    await writeFile(a, (await readFile(a, "utf8")).replace("quick_win: true", "quick_win: maybe"));
    const b = path.join(dir, "programs/economy/kepenak-ngodene.yaml");
    await writeFile(
      b,
      (await readFile(b, "utf8")).replace("lead_agency: dinnakerkopukm", "lead_agency: dinas-x"),
    );
    const r = await runInProcess(["validate", dir, "--format", "compact"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/matur-bupati-terpadu\.yaml:\d+:\d+: error .*\[schema\/type\]/);
    expect(r.stdout).toMatch(/kepenak-ngodene\.yaml:\d+:\d+: error .*\[ref\/unknown-agency\]/);
  });

  it("points an unclosed bracket at its own line", async () => {
    const dir = await copyPlan();
    const file = path.join(dir, PROGRAM);
    const lines = (await readFile(file, "utf8")).split("\n");
    const at = lines.findIndex((l) => l.startsWith("name:"));
    lines[at] = "name: [unclosed";
    await writeFile(file, lines.join("\n"));
    const r = await runInProcess(["validate", dir, "--format", "json"]);
    expect(r.code).toBe(1);
    const errors = (JSON.parse(r.stdout).diagnostics as Reported[]).filter(
      (d) => d.severity === "error",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: "yaml/unclosed", line: at + 1, column: 7 });
  });
});
