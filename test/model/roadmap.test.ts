import { expect, it } from "vitest";
import type { ProgramModel } from "../../src/model/document-model.js";
import { ROADMAP_FONT_PX, roadmap } from "../../src/model/roadmap.js";

const program = (start: number, end: number, quickWin = false) =>
  ({ name: `P ${start}`, acronym: null, start, end, quickWin }) as ProgramModel;
const stages = [
  {
    id: "a",
    name: "Tahap I",
    start: 2025,
    end: 2029,
    theme: null,
    directions: [],
    deferred: null,
    proposed: false,
  },
  {
    id: "b",
    name: "Tahap II",
    start: 2030,
    end: 2034,
    theme: null,
    directions: [],
    deferred: null,
    proposed: false,
  },
  {
    id: "c",
    name: "Tahap III",
    start: 2035,
    end: 2045,
    theme: null,
    directions: [],
    deferred: null,
    proposed: false,
  },
];
const horizon = { start: 2025, end: 2045 };

it("places bars by year across the horizon, at the text width", () => {
  const r = roadmap(
    [{ name: "G", programs: [program(2025, 2029), program(2030, 2034, true)] }],
    horizon,
    stages,
    623,
    "………",
  );
  expect(r.width).toBe(623);
  const [a, b] = r.parts[0]!.rows;
  const perYear = r.chartWidth / 21;
  expect(a!.barX).toBe(r.chartX);
  expect(a!.barWidth).toBeCloseTo(5 * perYear, 1);
  expect(b!.barX).toBeCloseTo(r.chartX + 5 * perYear, 1);
  expect(b!.quickWin).toBe(true);
  expect(b!.barHeight).toBeGreaterThan(a!.barHeight);
});

it("draws no bar for a program of unknown years, and marks its row", () => {
  const unknown = { ...program(2025, 2029), start: null, end: null };
  const half = { ...program(2025, 2029), end: null };
  const r = roadmap([{ name: "G", programs: [unknown, half] }], horizon, stages, 623, "………");
  const [a, b] = r.parts[0]!.rows;
  expect(a).toMatchObject({ unknown: true, partlyKnown: false, barWidth: 0, years: "………" });
  expect(b).toMatchObject({ unknown: true, partlyKnown: true, barWidth: 0, years: "2025–………" });
});

it("draws each stage as wide as its years", () => {
  const r = roadmap([{ name: "G", programs: [program(2025, 2026)] }], horizon, stages, 623, "………");
  const widths = r.stages.map((s) => s.width);
  expect(widths[0]).toBeCloseTo(widths[1]!, 1);
  expect(widths[2]! / widths[0]!).toBeCloseTo(11 / 5, 2);
  expect(r.stages.map((s) => s.years)).toEqual(["2025–2029", "2030–2034", "2035–2045"]);
  // 11 px is 8.25 pt: the smallest label a printed figure may carry is 8 pt.
  expect(ROADMAP_FONT_PX * 0.75).toBeGreaterThanOrEqual(8);
});

it("splits a long roadmap into parts between dimensions, leaving out empty ones", () => {
  const many = Array.from({ length: 20 }, () => program(2025, 2030));
  const r = roadmap(
    [
      { name: "A", programs: many },
      { name: "Kosong", programs: [] },
      { name: "B", programs: many },
    ],
    horizon,
    stages,
    623,
    "………",
  );
  expect(r.parts.map((p) => p.groups.map((g) => g.label))).toEqual([["A"], ["B"]]);
  expect(r.parts.every((p) => p.height < 600)).toBe(true);
});
