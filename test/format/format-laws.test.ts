import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { parse, parseDocument, visit } from "yaml";
import { expect, it } from "vitest";
import type { FileKind } from "../../src/load/load-plan.js";
import { formatSource } from "../../src/format/format-source.js";
import { schemaFor } from "../../src/validate/schema-check.js";

// Every YAML file of the repository's plans: the bundled plan and the test fixtures.
const files = ["masterplan", "test/fixtures"].flatMap((dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".yaml"))
    .map((e) => path.join(e.parentPath, e.name)),
);

function kindOf(file: string): FileKind {
  const name = path.basename(file);
  if (name === "masterplan.yaml") return "manifest";
  if (
    [
      "agencies.yaml",
      "rpjpd.yaml",
      "glossary.yaml",
      "readiness.yaml",
      "swot.yaml",
      "regulation.yaml",
    ].includes(name)
  )
    return name.replace(".yaml", "") as FileKind;
  const folder = file
    .split(path.sep)
    .find((p) => ["chapters", "dimensions", "programs"].includes(p));
  return ({ chapters: "chapter", dimensions: "dimension", programs: "program" } as const)[
    folder as "chapters"
  ];
}

const fmt = (file: string, text: string) =>
  formatSource(file, new TextEncoder().encode(text), schemaFor(kindOf(file))).text;
const data = (text: string) => parse(text, { version: "1.2", schema: "core" }) as unknown;

it("formats every plan file of the repository: idempotent, data unchanged", () => {
  expect(files.length).toBeGreaterThan(60);
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const once = fmt(file, text);
    expect(once, file).not.toBeNull();
    expect(data(once!), file).toEqual(data(text));
    expect(fmt(file, once!), file).toBe(once);
  }
});

/**
 * The same file with its mappings' keys in another order and its collections in flow or block
 * style; scalars keep their own style, comments are dropped.
 */
function shuffled(text: string, seed: number[], flow: boolean): string {
  let i = 0;
  const doc = parseDocument(text, { version: "1.2" });
  visit(doc, {
    Map(_, map) {
      map.items.sort(() => (seed[i++ % seed.length]! % 3) - 1);
      map.flow = flow;
    },
    Seq(_, seq) {
      seq.flow = flow;
    },
    Node(_, node) {
      delete node.comment;
      delete node.commentBefore;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

it("gives the same text whatever the key order and collection style it starts from", () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...files),
      fc.array(fc.nat(100), { minLength: 1, maxLength: 20 }),
      fc.boolean(),
      (file, seed, flow) => {
        const text = readFileSync(file, "utf8");
        const canonical = fmt(file, shuffled(text, [1], false));
        expect(fmt(file, shuffled(text, seed, flow)), file).toBe(canonical);
      },
    ),
    { numRuns: 80 },
  );
});
