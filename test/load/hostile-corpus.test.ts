import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prepare } from "../../src/pipeline/prepare.js";
import { execFileSync } from "node:child_process";
import { servePreview } from "../../src/serve/preview-server.js";
import { runInProcess } from "../helpers/cli.js";

const CORPUS = path.resolve("test/hostile");
const KOTA = path.resolve("test/fixtures/kota-contoh");

/** What each file of the corpus must do when placed as a program: pass, or fail located. */
const EXPECTED: Record<string, { passes: true } | { code: RegExp }> = {
  "tabs-in-text": { passes: true },
  "bom-crlf": { passes: true },
  "cr-only": { passes: true },
  "tab-indent": { code: /^yaml\/tab-as-indent$/ },
  "invalid-utf8": { code: /^load\/not-text$/ },
  "alias-bomb": { code: /^yaml\/alias-limit$/ },
  "js-function": { code: /^yaml\/unknown-tag$/ },
  "multi-doc": { code: /^yaml\/multiple-docs$/ },
  "list-for-map": { code: /^schema\/type$/ },
  empty: { code: /^yaml\/empty-file$/ },
  "comment-only": { code: /^yaml\/empty-file$/ },
  "unclosed-bracket": { code: /^yaml\/unclosed$/ },
  "duplicate-key": { code: /^yaml\/duplicate-key$/ },
  "conflict-markers": { code: /^yaml\/conflict-markers$/ },
  "alias-order": { passes: true },
  "escape-codes": { passes: true },
  // Made by the test, too large or too odd to keep as files.
  "binary-junk": { code: /^load\/not-text$/ },
  "huge-string": { code: /^load\/text-too-long$/ },
  "deep-flow": { code: /^load\/too-deep$/ },
  "deep-block": { code: /^load\/too-deep$/ },
  "too-large": { code: /^load\/too-large$/ },
};

async function generated(): Promise<Record<string, Uint8Array>> {
  const program = (
    await readFile(path.join(KOTA, "programs/governance/program-governance.yaml"), "utf8")
  )
    .split("\n")
    .slice(1)
    .join("\n");
  const as = (id: string, extra = "") =>
    program.replace("id: program-governance", `id: ${id}`) + extra;
  const junk = new Uint8Array(4096);
  let seed = 7;
  for (let i = 0; i < junk.length; i++) junk[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
  const text = (s: string) => new TextEncoder().encode(s);
  return {
    "binary-junk": junk,
    "huge-string": text(
      as("huge-string").replace(/^name: .*$/m, `name: "${"a".repeat(3_000_000)}"`),
    ),
    "deep-flow": text(as("deep-flow", `extra: ${"[".repeat(20_000)}${"]".repeat(20_000)}\n`)),
    "deep-block": text(
      as(
        "deep-block",
        "extra:\n" + Array.from({ length: 200 }, (_, i) => `${" ".repeat(i + 1)}k:\n`).join(""),
      ),
    ),
    "too-large": text(as("too-large", `# ${"x".repeat(5 * 1024 * 1024)}\n`)),
  };
}

async function corpus(): Promise<Array<[string, Uint8Array]>> {
  const files: Array<[string, Uint8Array]> = [];
  for (const name of (await readdir(CORPUS)).filter((f) => f.endsWith(".yaml")).sort())
    files.push([
      name.replace(/\.yaml$/, ""),
      new Uint8Array(await readFile(path.join(CORPUS, name))),
    ]);
  return [...files, ...Object.entries(await generated())];
}

/** The kota fixture with one file of the corpus placed as a governance program. */
async function planWith(name: string, bytes: Uint8Array): Promise<{ dir: string; file: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mp-hostile-"));
  await cp(KOTA, dir, { recursive: true });
  const file = path.join(dir, "programs", "governance", `${name}.yaml`);
  await writeFile(file, bytes);
  return { dir, file };
}

describe("the hostile corpus, each file placed as a program", async () => {
  const cases = await corpus();

  it("names every case it holds", () => {
    expect(cases.map(([name]) => name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, bytes] of cases) {
    it(`${name}: ${"passes" in EXPECTED[name]! ? "passes" : "fails located, exit 1"}`, async () => {
      const { dir, file } = await planWith(name, bytes);
      const started = Date.now();
      const result = await runInProcess(["validate", dir, "--format", "json"]);
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(result.stderr).not.toMatch(/this is a bug|\n\s+at /);
      const diagnostics = (
        JSON.parse(result.stdout) as {
          diagnostics: Array<{ file: string; code: string; severity: string; line: number }>;
        }
      ).diagnostics;
      const own = diagnostics.filter(
        (d) => path.resolve(dir, d.file) === file || d.file.endsWith(`${name}.yaml`),
      );
      const expected = EXPECTED[name]!;
      if ("passes" in expected) {
        expect(result.code, result.stdout).toBe(0);
        expect(own.filter((d) => d.severity === "error")).toEqual([]);
      } else {
        expect(result.code, result.stdout).toBe(1);
        const errors = own.filter((d) => d.severity === "error");
        expect(errors.length, JSON.stringify(diagnostics)).toBeGreaterThan(0);
        expect(
          errors.map((d) => d.code).some((c) => expected.code.test(c)),
          JSON.stringify(errors),
        ).toBe(true);
        for (const e of errors) expect(e.line).toBeGreaterThanOrEqual(1);
      }
    });

    it(`${name}: no command fails as a bug (fmt, fmt --check, export, diff, watch)`, async () => {
      const { dir, file } = await planWith(name, bytes);
      const git = (...args: string[]) =>
        execFileSync(
          "git",
          ["-c", "user.name=Uji", "-c", "user.email=uji@contoh.invalid", ...args],
          {
            cwd: dir,
            stdio: "pipe",
          },
        );
      git("init", "-q");
      git("add", "-A", "--", ".", `:!${path.relative(dir, file)}`);
      git("commit", "-q", "-m", "plan");
      git("add", "-A");
      git("commit", "-q", "-m", name);
      const expected = EXPECTED[name]!;
      for (const args of [
        ["fmt", dir, "--check"],
        ["fmt", dir],
        ["export", dir, "--out", path.join(dir, "p.csv")],
        ["diff", "HEAD~1", "HEAD", "--plan", dir],
        ["diff", "HEAD~1", "--plan", dir],
        ["validate", dir, "--format", "github"],
      ]) {
        const r = await runInProcess(args, { cwd: dir });
        expect(r.code, `${args.join(" ")}\n${r.stderr}`).not.toBe(70);
        expect(r.stderr).not.toMatch(/this is a bug/);
        // Control characters from the file never reach a terminal as they are.
        // The control characters are what the pattern is for.
        // eslint-disable-next-line no-control-regex
        expect(r.stdout + r.stderr).not.toMatch(/\u001b|\u0007/);
        if (!("passes" in expected) && args[0] !== "fmt")
          expect(r.code, `${args.join(" ")}\n${r.stdout}${r.stderr}`).toBe(1);
      }
      const server = await servePreview({ root: dir, port: 0, cwd: dir });
      try {
        const res = await fetch(server.url);
        expect(res.status).toBe(200);
        const html = await res.text();
        if (!("passes" in expected)) expect(html).toContain("nothing has built yet");
      } finally {
        await server.close();
      }
    });

    it(`${name}: the quick and the full parser report the same`, async () => {
      const { dir } = await planWith(name, bytes);
      const [quick, full] = [await prepare(dir), await prepare(dir, { fast: false })];
      expect(quick.diagnostics).toEqual(full.diagnostics);
    });
  }
});
