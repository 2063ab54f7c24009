import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { copyPlan, runInProcess, type CliResult } from "../helpers/cli.js";

/** No language asked for: what an analyst's Windows or a CI runner gives masterplan. */
const NO_LANGUAGE = { MASTERPLAN_LANG: "", LANG: "", LC_ALL: "", LC_MESSAGES: "" };

/**
 * English words a sentence can hardly do without, which Indonesian never uses. A line is read
 * without what is quoted or code: file names, keys in backticks, values in quotes, flags, the
 * code frame's source lines and the diagnostic codes.
 */
const ENGLISH =
  /\b(the|is|are|was|were|not|with|and|of|to|this|that|has|have|be|been|no|cannot|must|should|would|which|there|here|for|from|into|only|or|file|files|run|found|written|wrote|missing|unknown|error|errors|warning|warnings|usage|options|default|show|display)\b/i;

export function englishLines(output: string): string[] {
  return output
    .split("\n")
    .filter((line) => !/^\s*\d*\s*\|/.test(line))
    .map((line) =>
      line
        .replace(/^::\w+ [^:]*::/, " ")
        .replace(/`[^`]*`/g, " ")
        .replace(/“[^”]*”/g, " ")
        .replace(/"[^"]*"/g, " ")
        .replace(/'[^']*'/g, " ")
        .replace(/https?:\/\/\S+/g, " ")
        .replace(/--?[\w-]+/g, " ")
        .replace(/<[^>]*>|\[[^\]]*\]/g, " ")
        .replace(/\S*[/\\]\S*/g, " ")
        .replace(/\S+\.(yaml|yml|json|pdf|html|docx|csv|xlsx|md|otf|tgz)\b/g, " "),
    )
    .filter((line) => ENGLISH.test(line));
}

describe("every message in Indonesian when no language is set", () => {
  let broken: string;
  let good: string;
  let changed: string;
  let work: string;
  const runs: Array<{ args: string[]; result: CliResult }> = [];
  const run = async (args: string[], cwd?: string) => {
    const result = await runInProcess(args, { env: NO_LANGUAGE, ...(cwd ? { cwd } : {}) });
    runs.push({ args, result });
    return result;
  };

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), "mp-id-"));
    good = await copyPlan();
    changed = await copyPlan();
    broken = await copyPlan();
    // A typo, an unknown agency, and a YAML syntax error.
    const program = path.join(broken, "programs/economy/digitalisasi-sentra-industri.yaml");
    await writeFile(
      program,
      (await readFile(program, "utf8"))
        .replace("acronym:", "acronim:")
        .replace("lead_agency: dinperindag", "lead_agency: dinperindg"),
    );
    await writeFile(
      path.join(broken, "programs/living/rusak.yaml"),
      "schema_version: 1\nname: [terbuka\n",
    );
    const other = path.join(changed, "programs/economy/digitalisasi-sentra-industri.yaml");
    await writeFile(
      other,
      (await readFile(other, "utf8")).replace("amount: 350000000", "amount: 450000000"),
    );
  });

  it("validate on a plan with a typo, an unknown agency and a YAML error", async () => {
    const r = await run(["validate", broken]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("kesalahan");
    expect(r.stdout).toContain("Maksud Anda `acronym`?");
    expect(r.stdout).toContain("Perangkat daerah `dinperindg` tidak ada di agencies.yaml.");
    expect(r.stdout).toMatch(
      /rusak\.yaml baris 2 kolom 7: kesalahan: Tanda `\[` ini tidak pernah ditutup\./,
    );
    expect(englishLines(r.stdout + r.stderr)).toEqual([]);
    const en = await runInProcess(["validate", broken, "--lang", "en"]);
    expect(en.stdout).toContain("The agency `dinperindg` is not in agencies.yaml.");
    // The detector finds English, so the checks above can fail.
    expect(englishLines(en.stdout).length).toBeGreaterThan(10);
  });

  it("help, commands and their problems", async () => {
    await run(["--help"]);
    for (const command of [
      "validate",
      "build",
      "fmt",
      "diff",
      "export",
      "init",
      "doctor",
      "watch",
      "schemas",
    ])
      await run([command, "--help"]);
    await run(["new", "program", "--help"]);
    await run(["validate", broken, "--format", "github"]);
    await run(["build", broken, "--out", path.join(work, "dist")]);
    await run(["build"], work);
    await run(["build", good, "--only", "html", "--out", path.join(work, "dist")]);
    await run(["fmt", good, "--check"]);
    await run(["fmt", good]);
    await run(["export", good, "--out", path.join(work, "p.csv")]);
    await run(["diff", good, changed]);
    await run(["diff", good, changed, "--format", "markdown"]);
    await run(["init", path.join(work, "baru"), "--region", "Kabupaten Contoh"]);
    await run(["new", "program", "economy", "uji-coba", "--plan", path.join(work, "baru")]);
    await run(["schemas", path.join(work, "baru"), "--check"]);
    await run(["doctor", good, "--browser", path.join(work, "no-browser")]);
    await run(["validate", "--bogus"]);
    await run(["validate", good, "--format", "xml"]);
    await run(["watch", good, "--port", "x"]);
    await run(["build", good, "--only", "odt"]);
    await run(["init", path.join(work, "x"), "--region", "Kota", "--horizon", "2030-2020"]);
    const english = runs.flatMap(({ args, result }) =>
      englishLines(result.stdout + result.stderr).map((l) => `${args.join(" ")}: ${l}`),
    );
    expect(english).toEqual([]);
    expect(runs.every((r) => r.result.code !== 70)).toBe(true);
  });
});
