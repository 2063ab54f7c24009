import fc from "fast-check";
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { parseSource } from "../../src/load/source-file.js";
import { validateFiles, miniPlan } from "../helpers/mini-plan.js";

const sample = readFileSync("masterplan/programs/governance/matur-bupati-terpadu.yaml", "utf8");

it("no byte string makes parsing throw", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
      const { diagnostics } = parseSource("/x.yaml", bytes);
      return Array.isArray(diagnostics);
    }),
    { numRuns: 300 },
  );
});

it("no edit of a real program file makes loading or validating throw", () => {
  fc.assert(
    fc.property(
      fc.nat(sample.length),
      fc.nat(40),
      fc.string({
        maxLength: 12,
        unit: fc.constantFrom(..."abc:-[]{}&*!|>'\"#\n 0123456789yes~null"),
      }),
      (at, cut, insert) => {
        const text = sample.slice(0, at) + insert + sample.slice(at + cut);
        const files = { ...miniPlan(), "programs/governance/matur-bupati-terpadu.yaml": text };
        const result = validateFiles(files);
        expect(Array.isArray(result.diagnostics)).toBe(true);
        for (const d of result.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(d.message).toMatch(/\S/);
        }
      },
    ),
    { numRuns: 200 },
  );
});
