import path from "node:path";
import fc from "fast-check";
import { expect, it } from "vitest";
import { baseName } from "../../src/validate/rule.js";
import type { Doc } from "../../src/validate/plan-sources.js";

const doc = (file: string) => ({ source: { path: file } }) as unknown as Doc<unknown>;

it("names a file as path.basename without its extension does", () => {
  for (const file of [
    "/p/programs/gov/a.yaml",
    "/p/a.b.yaml",
    "/p/.hidden",
    "/p/name.",
    "/p/..yaml",
    "/p/plain",
    "a.yaml",
    "/p/..",
    "/p/...",
    "/p/a..",
    "/p/.a.",
  ])
    expect(baseName(doc(file)), file).toBe(path.basename(file, path.extname(file)));
  fc.assert(
    fc.property(
      fc.array(fc.string({ unit: fc.constantFrom("a", ".", "-", "é") }), {
        minLength: 1,
        maxLength: 4,
      }),
      (parts) => {
        const file = `/plan/${parts.join("/")}`;
        if (file.endsWith("/")) return;
        expect(baseName(doc(file))).toBe(path.basename(file, path.extname(file)));
      },
    ),
  );
});
