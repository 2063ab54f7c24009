import { expect, it } from "vitest";
import { OFFSET, sortDiagnostics, type Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { formatDiagnostics } from "../../src/diagnostics/format.js";
import { parseSource, type PathSegment } from "../../src/load/source-file.js";
import { at } from "../../src/validate/rule.js";
import { runInProcess } from "../helpers/cli.js";

const problem = (n: number, severity: Diagnostic["severity"]): Diagnostic => ({
  file: `/plan/programs/p${String(n).padStart(3, "0")}.yaml`,
  line: 1,
  column: 1,
  code: severity === "error" ? "schema/required" : "blank/left-blank",
  severity,
  message: `Masalah ${n}.`,
});

it("shows at most the problems asked for, every error before any warning, and counts the rest", () => {
  // 150 warnings, and 2 errors at the end of the order, where a cap by order would hide them.
  const many = [
    ...Array.from({ length: 150 }, (_, i) => problem(i, "warning")),
    problem(900, "error"),
    problem(901, "error"),
  ];
  const text = formatDiagnostics("pretty", many, { cwd: "/plan", color: false, maxProblems: 10 });
  const shown = text.split("\n").filter((l) => / (?:warning|error) Masalah/.test(l));
  expect(shown).toHaveLength(10);
  expect(shown.filter((l) => l.includes(" error "))).toHaveLength(2);
  // In their order: the warnings first here, as the files sort.
  expect(shown[0]).toContain("Masalah 0.");
  expect(shown[8]).toContain("Masalah 900.");
  expect(text).toContain("142 more problems are not shown here (0 errors, 142 warnings).");
  expect(text).toContain("--max-problems 0");
  expect(text.trimEnd().split("\n").at(-1)).toBe("2 errors, 150 warnings.");
  // 0 shows them all; so does a library call that asks for no limit.
  for (const maxProblems of [0, undefined]) {
    const all = formatDiagnostics("pretty", many, { cwd: "/plan", color: false, maxProblems });
    expect(all.split("\n").filter((l) => l.includes(" Masalah "))).toHaveLength(152);
    expect(all).not.toContain("not shown");
  }
  // Only errors, more than fit: the first of them.
  const errors = Array.from({ length: 5 }, (_, i) => problem(i, "error"));
  const capped = formatDiagnostics("pretty", errors, { cwd: "/", color: false, maxProblems: 3 });
  expect(capped).toContain("2 more problems are not shown here (2 errors, 0 warnings).");
});

it("works out a rule's line, column and message only when they are read", () => {
  const { file } = parseSource(
    "/plan/x.yaml",
    new TextEncoder().encode("a:\n  b: 1\n  c: [x, y]\n"),
  );
  let asked = 0;
  const offsetAt = file.positions.offsetAt.bind(file.positions);
  file.positions = { offsetAt: (p, k) => (asked++, offsetAt(p, k)) };
  let worded = 0;
  const d = at({ source: file, data: file.data } as never, ["a", "c", 1], {
    code: "blank/left-blank",
    severity: "warning",
    message: () => `Kata ${++worded}.`,
  });
  expect([asked, worded]).toEqual([0, 0]);
  expect([d.line, d.column, d.message, d.message]).toEqual([3, 10, "Kata 1.", "Kata 1."]);
  expect([asked, worded]).toEqual([1, 1]);
  // A copy (as --strict makes) and JSON carry the values.
  expect({ ...d, severity: "error" }).toMatchObject({ line: 3, column: 10, message: "Kata 1." });
  expect(JSON.parse(JSON.stringify(d))).toMatchObject({ line: 3, column: 10, message: "Kata 1." });
});

it("orders diagnostics by offset exactly as by line and column", () => {
  const text = "a: 1\nb:\n  - x\n  - { k: v, l: w }\nc: |\n  baris\nd: null\n";
  const { file } = parseSource("/plan/y.yaml", new TextEncoder().encode(text));
  const paths: PathSegment[][] = [
    ["d"],
    ["b", 1, "l"],
    ["a"],
    ["b", 0],
    ["c"],
    ["b", 1, "k"],
    ["b"],
    [],
  ];
  const doc = { source: file, data: file.data } as never;
  const lazy = paths.map((p, i) => at(doc, p, { code: `c/${i}`, message: "m" }));
  // The same places written out, and one more diagnostic of the file with a line and no offset.
  const eager = lazy.map((d) => ({ ...d }));
  const fixed = { ...problem(0, "warning"), file: "/plan/y.yaml", line: 4, column: 3 };
  expect(lazy.every((d) => typeof (d as { [OFFSET]?: number })[OFFSET] === "number")).toBe(true);
  const byOffset = sortDiagnostics([...lazy, fixed]).map((d) => `${d.line}:${d.column} ${d.code}`);
  const byLine = sortDiagnostics([...eager, fixed]).map((d) => `${d.line}:${d.column} ${d.code}`);
  expect(byOffset).toEqual(byLine);
  expect(byLine[0]).toBe("1:1 c/7");
});

it("validate --max-problems takes a whole number only, exit 2", async () => {
  for (const value of ["x", "-1", "1.5"]) {
    const r = await runInProcess(["validate", "--example", "--max-problems", value]);
    expect([r.code, r.stderr.includes("whole number")]).toEqual([2, true]);
  }
  const r = await runInProcess(["validate", "--example", "--max-problems", "3"]);
  expect(r.stdout).toMatch(/more problems are not shown here/);
  expect(r.stdout.split("\n").filter((l) => / warning /.test(l))).toHaveLength(3);
});
