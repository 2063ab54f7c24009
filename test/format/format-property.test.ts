import { readFileSync } from "node:fs";
import fc from "fast-check";
import { parse } from "yaml";
import { expect, it } from "vitest";
import { formatSource } from "../../src/format/format-source.js";
import { parseSource } from "../../src/load/source-file.js";
import { checkSchema, schemaFor } from "../../src/validate/schema-check.js";
import { propertyRuns } from "../helpers/property-runs.js";

const schema = schemaFor("program");
const fmt = (text: string) =>
  formatSource("/plan/programs/governance/x.yaml", new TextEncoder().encode(text), schema);
const read = (text: string): unknown => parse(text, { version: "1.2", schema: "core" });

/** Pieces the nastiest texts are made of. */
const piece = fc.constantFrom(
  " ",
  "  ",
  "\t",
  "#",
  " #",
  ": ",
  ":",
  "'",
  '"',
  "- ",
  "&",
  "*",
  "!",
  "%",
  "@",
  "`",
  "|",
  ">",
  "{",
  "[",
  ",",
  "\\",
  "é",
  "ß",
  "—",
  "…",
  "日本",
  "🙂",
  "\u00a0",
  "yes",
  "null",
  "2024-07-05",
  "0x1F",
  "1e3",
  "Layanan",
  "publik",
  "terpadu",
  "x",
);

/** Text: words and the pieces above, sometimes long, sometimes over several lines. */
const text = fc.oneof(
  fc.array(piece, { minLength: 0, maxLength: 12 }).map((p) => p.join("")),
  fc
    .array(fc.oneof(piece, fc.constant("kata")), { minLength: 30, maxLength: 60 })
    .map((p) => p.join(" ")),
  fc
    .array(
      fc.array(piece, { maxLength: 8 }).map((p) => p.join("")),
      { minLength: 2, maxLength: 4 },
    )
    .map((l) => l.join("\n")),
  fc.string({ maxLength: 20 }),
);

/** Numbers as an author may write them, including those no double holds. */
const number = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 5_000_000_000 }).map(String), weight: 6 },
  fc.integer({ min: 0, max: 9_007_199_254_740_991 }).map(String),
  fc.bigInt({ min: 10n ** 16n, max: 10n ** 40n }).map(String),
  fc.constantFrom(
    "1e400",
    "-1e400",
    "1.50",
    "0.1",
    "0x1F",
    "0o17",
    "-0",
    "1e+35",
    ".inf",
    "-.inf",
    ".nan",
    "007",
    "+12",
  ),
  fc
    .double({ noNaN: true })
    .map(String)
    .filter((s) => !s.includes("Infinity")),
);

/** A scalar in one of the ways YAML writes it; null where the style cannot hold the text. */
function write(value: string, style: number): string | null {
  if (style === 0) return JSON.stringify(value);
  if (style === 1) return value.includes("\n") ? null : `'${value.replaceAll("'", "''")}'`;
  if (style === 2) return /^[\w][\w .,-]*[\w.]$/.test(value) ? value : null;
  return null;
}

/** What a program needs besides its texts, each written on one line. */
const REST: Record<string, string> = {
  schema_version: "1",
  id: "x",
  name: "Layanan",
  dimension: "governance",
  element: "birokrasi",
  description: "Uraian.",
  lead_agency: "dinkominfo",
  supporting_agencies: "[]",
  quick_win: "false",
  years: "{ start: 2025, end: 2029 }",
  indicators: "[]",
  rpjpd: "[]",
  depends_on: "[]",
  status: "null",
  progress: "null",
};

const STRING_KEYS = ["name", "acronym", "description", "output", "outcome", "location", "problem"];

/** A program-like file: known and unknown keys in any order, anchors and aliases among them. */
const file = fc
  .record({
    strings: fc.array(
      fc.tuple(
        fc.oneof(
          { arbitrary: fc.constantFrom(...STRING_KEYS), weight: 8 },
          fc.constantFrom("zz_note", "catatan"),
        ),
        text,
        fc.nat(2),
      ),
      {
        minLength: 1,
        maxLength: 7,
      },
    ),
    amounts: fc.array(fc.tuple(fc.integer({ min: 2025, max: 2029 }), number), { maxLength: 4 }),
    alias: fc.option(fc.tuple(fc.nat(6), fc.nat(6))),
    order: fc.array(fc.nat(1000), { minLength: 12, maxLength: 12 }),
    // Comment lines and blank lines before some keys, a header and a trailing comment.
    notes: fc.array(fc.constantFrom("", "# catatan", "", "# catatan: dengan titik dua"), {
      minLength: 12,
      maxLength: 12,
    }),
    header: fc.constantFrom(
      "",
      "# yaml-language-server: $schema=../schemas/program.schema.json\n# Kepala.\n",
      "# Kepala.\n\n",
    ),
    tail: fc.constantFrom("", "# akhir\n", "\n# akhir\n"),
  })
  .map(({ strings, amounts, alias, order, notes, header, tail }) => {
    const seen = new Set<string>();
    const lines: Array<{ key: string; value: string }> = [];
    for (const [key, value, style] of strings) {
      if (seen.has(key)) continue;
      const written = write(value, style) ?? JSON.stringify(value);
      seen.add(key);
      lines.push({ key, value: written });
    }
    // The rest of a program that passes its schema, unless a text above broke a rule.
    for (const [key, value] of Object.entries(REST)) if (!seen.has(key)) lines.push({ key, value });
    lines.sort((a, b) => (order[a.key.length % 12]! % 7) - (order[b.key.length % 12]! % 7));
    if (alias && lines.length > 1) {
      // An anchor on one text and an alias to it further down, wherever the keys then move.
      const from = alias[0] % lines.length;
      const to = alias[1] % lines.length;
      if (from < to && lines[from]!.key !== "id" && lines[to]!.key !== "id") {
        lines[from] = { ...lines[from]!, value: `&t ${lines[from]!.value}` };
        lines[to] = { ...lines[to]!, value: "*t" };
      }
    }
    const budget = amounts.length
      ? [
          "budget:",
          ...amounts.flatMap(([year, amount]) => [
            `  - year: ${year}`,
            `    amount: ${amount}`,
            "    source: apbd",
          ]),
        ]
      : ["budget: null"];
    const body = lines.flatMap((l, i) => [
      ...(i % 3 === 0 && notes[i % 12] !== undefined ? [notes[i % 12]!] : []),
      `${l.key}: ${l.value}`,
    ]);
    return header + [...body, ...budget, ""].join("\n") + tail;
  });

let validating = 0;

it("formats any file without changing its data, and a second time without changing it", () => {
  let cases = 0;
  let kept = 0;
  fc.assert(
    fc.property(file, (x) => {
      const { file: parsed, diagnostics } = parseSource(
        "/plan/x.yaml",
        new TextEncoder().encode(x),
      );
      fc.pre(!diagnostics.some((d) => d.severity === "error"));
      cases++;
      if (checkSchema("program", parsed).length === 0) validating++;
      const once = fmt(x);
      if (once.text === null) {
        // Left as it is: said so, where.
        expect(once.diagnostics.map((d) => d.code)).toEqual(["fmt/kept"]);
        kept++;
        return;
      }
      // The data as load read it (the full parser, or the quick one held to it by its own test).
      expect(read(once.text)).toEqual(parsed.data);
      expect(fmt(once.text).text).toBe(once.text);
    }),
    { numRuns: propertyRuns(5050) },
  );
  expect(cases).toBeGreaterThanOrEqual(propertyRuns(5000));
  // Leaving a file as it is proves nothing: it happens only where anchors leave no choice.
  expect(kept / cases).toBeLessThan(0.01);
});

it("holds on files that pass the program schema too", () => {
  expect(validating).toBeGreaterThan(propertyRuns(500));
});

it("keeps every number's digits", () => {
  const real = readFileSync("masterplan/programs/governance/e-akun-identitas-tunggal.yaml", "utf8");
  fc.assert(
    fc.property(number, (n) => {
      const once = fmt(real.replace("amount: 400000000", `amount: ${n}`)).text!;
      expect(once).toContain(`amount: ${n}\n`);
    }),
    { numRuns: 300 },
  );
});
