import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_DEPTH,
  MAX_TEXT,
  locate,
  parseSource,
  type PathSegment,
} from "../../src/load/source-file.js";
import { prepare } from "../../src/pipeline/prepare.js";
import { propertyRuns } from "../helpers/property-runs.js";

/** Every data path of a value, parents before children. */
function paths(value: unknown, at: PathSegment[] = []): PathSegment[][] {
  const out = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (typeof value === "object" && value !== null)
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

/**
 * The quick way either declines a file or reads it exactly as the full parser does: the same
 * data, no diagnostic the full parser would give, and every key and value at the same place,
 * including places that do not exist (they fall back to the nearest parent alike).
 */
function agrees(name: string, source: string | Uint8Array): boolean {
  const bytes = typeof source === "string" ? new TextEncoder().encode(source) : source;
  const quick = parseSource(name, bytes);
  const full = parseSource(name, bytes, { fast: false });
  if (quick.file.reader !== "quick") {
    expect(quick.diagnostics, name).toEqual(full.diagnostics);
    expect(quick.file.data, name).toEqual(full.file.data);
    return false;
  }
  expect(full.diagnostics, name).toEqual(quick.diagnostics);
  expect(quick.file.data, name).toEqual(full.file.data);
  for (const p of [...paths(full.file.data), ["no-such-key"], [0, "x", 3]]) {
    expect(locate(quick.file, p), `${name} ${p.join(".")}`).toEqual(locate(full.file, p));
    if (p.length)
      expect(locate(quick.file, p, true), `${name} ${p.join(".")} key`).toEqual(
        locate(full.file, p, true),
      );
  }
  return true;
}

const yamlFiles = ["masterplan", "test/fixtures", "test/hostile", "templates"].flatMap((dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".yaml"))
    .map((e) => path.join(e.parentPath, e.name)),
);

describe("the quick way through YAML agrees with the full parser", () => {
  it("on every YAML file of the repository; every file of the bundled plan takes the quick way", () => {
    const slow: string[] = [];
    for (const file of yamlFiles)
      if (!agrees(file, readFileSync(file)) && file.startsWith("masterplan")) slow.push(file);
    expect(slow).toEqual([]);
  });

  it("on the YAML forms it must decline or read alike", () => {
    const cases = [
      "a: 1\nb: [1, {c: 2}, 'x']\n",
      "a: &x 1\nb: *x\n",
      "? [a]\n: 1\n",
      "a: !!str 12\n",
      "2026: 5\n1: x\n",
      "a:\n  - - 1\n    - 2\n  - {b: ~, c: null, d: }\n",
      "a: 0o17\nb: 0x1F\nc: 1e3\nd: .inf\ne: -.Inf\nf: .nan\ng: yes\nh: True\ni: 010\nj: 1_000\n",
      "a: |\n  text\n   more\nb: >-\n  folded\n",
      "# c\n\na:   # c\n  # c\n  b: 1\n",
      "a: 1\r\nb: 2\r\n",
      "a: 'it''s'\nb: \"q\\\"x\"\n",
      "__proto__: 1\n",
      "a: [\n  1,\n  2\n]\n",
      "- a\n- b: 1\n  c: 2\n",
      "a:\n- 1\n- 2\n",
      "a: b: c\n",
      "a: 1\na: 2\n",
      "a:\n  - # c\n  - b\n",
      "a:\n  -\n  - b\n",
      "a:\nb: 2\nc: {d: , e: [ , ]}\n",
    ];
    for (const text of cases) agrees("/case.yaml", text);
  });

  it("at the edges of the limits on text and nesting", () => {
    // Block nesting: a mapping `depth` levels deep, with a list at the bottom.
    const nest = (depth: number) =>
      Array.from({ length: depth }, (_, i) => `${"  ".repeat(i)}k${i}:\n`).join("") +
      `${"  ".repeat(depth)}- x\n`;
    const cases = [
      `a: ${"x".repeat(MAX_TEXT)}\n`,
      `a: ${"x".repeat(MAX_TEXT + 1)}\n`,
      `a:\n  - b: "${"y".repeat(MAX_TEXT + 1)}"\n`,
      `${"z".repeat(MAX_TEXT + 1)}: 1\n`,
      ...[MAX_DEPTH - 2, MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 1].map(nest),
    ];
    const diagnostics = cases.map((text) => {
      agrees("/limits.yaml", text);
      return parseSource("/limits.yaml", new TextEncoder().encode(text)).diagnostics.map(
        (d) => d.code,
      );
    });
    // The limits are met where they should be, whichever way the file was read.
    expect(diagnostics).toEqual([
      [],
      ["load/text-too-long"],
      ["load/text-too-long"],
      ["yaml/key-over-1024-chars"],
      [],
      [],
      ["load/too-deep"],
      ["load/too-deep"],
    ]);
  });

  it("on any edit of a real program file", () => {
    const sample = readFileSync("masterplan/programs/governance/matur-bupati-terpadu.yaml", "utf8");
    fc.assert(
      fc.property(
        fc.nat(sample.length),
        fc.nat(30),
        fc.string({
          maxLength: 12,
          unit: fc.constantFrom(..."ab:-[]{}&*!|>'\"#,?\n\r\t 0123456789.~null"),
        }),
        (at, cut, insert) => {
          agrees("/edit.yaml", sample.slice(0, at) + insert + sample.slice(at + cut));
        },
      ),
      { numRuns: propertyRuns(1500) },
    );
  });

  it("gives the same diagnostics on plans with many warnings", async () => {
    for (const dir of ["masterplan", "test/fixtures/kota-contoh"]) {
      const [quick, full] = [await prepare(dir), await prepare(dir, { fast: false })];
      expect(quick.diagnostics.length).toBeGreaterThan(10);
      expect(quick.diagnostics).toEqual(full.diagnostics);
    }
  });
});
