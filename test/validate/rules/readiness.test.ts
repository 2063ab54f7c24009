import { expect, it } from "vitest";
import { check } from "../../helpers/mini-plan.js";

const readiness = (pillars: string) => ({
  "readiness.yaml": `schema_version: 1
assessed: "2024-06-30"
assessor: Tim Penilai
pillars:
${pillars}`,
});
const pillar = (
  id: string,
  elements = "[{ id: a, name: A, score: 2, evidence: Bukti., source: Sumber }]",
) => `  - { id: ${id}, name: ${id}, elements: ${elements} }\n`;

it("passes the three core pillars, scored or not", () => {
  expect(
    check(readiness(pillar("struktur") + pillar("infrastruktur") + pillar("suprastruktur"))),
  ).toEqual([]);
});

it("warns of a core pillar left out, and names it", () => {
  expect(check(readiness(pillar("struktur") + pillar("alam")))).toEqual([
    "readiness.yaml:4:1 readiness/missing-pillar",
  ]);
});

it("refuses a pillar scored twice and an element named twice in one pillar", () => {
  const twice =
    "[{ id: a, name: A, score: 1, evidence: x, source: y }, { id: a, name: B, score: 2, evidence: x, source: y }]";
  expect(
    check(
      readiness(
        pillar("struktur", twice) +
          pillar("infrastruktur") +
          pillar("suprastruktur") +
          pillar("struktur"),
      ),
    ),
  ).toEqual([
    "readiness.yaml:5:108 readiness/duplicate-element",
    "readiness.yaml:8:11 readiness/duplicate-pillar",
  ]);
});

it("takes a score from 0 to 4, or null for one not given yet (a blank to fill)", () => {
  const scored = (score: string) =>
    check(
      readiness(
        pillar("struktur", `[{ id: a, name: A, score: ${score}, evidence: x, source: y }]`) +
          pillar("infrastruktur") +
          pillar("suprastruktur"),
      ),
    );
  expect(scored("4")).toEqual([]);
  expect(scored("null")).toEqual(["readiness.yaml:5:73 blank/left-blank"]);
  expect(scored("5")[0]).toMatch(/schema\//);
});

it("refuses an assessment date that is not a day of the calendar", () => {
  const pillars = pillar("struktur") + pillar("infrastruktur") + pillar("suprastruktur");
  const files = readiness(pillars);
  files["readiness.yaml"] = files["readiness.yaml"]!.replace('"2024-06-30"', '"2024-02-30"');
  expect(check(files)).toEqual(["readiness.yaml:2:11 date/not-a-day"]);
});
