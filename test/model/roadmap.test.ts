import { expect, it } from "vitest";
import type { ProgramModel } from "../../src/model/document-model.js";
import { roadmap } from "../../src/model/roadmap.js";

const program = (start: number, end: number, quickWin = false) =>
  ({ name: `P ${start}`, acronym: null, start, end, quickWin }) as ProgramModel;
const stages = [
  { id: "a", name: "Tahap I", start: 2025, end: 2029, theme: null },
  { id: "b", name: "Tahap II", start: 2030, end: 2034, theme: null },
];

it("places bars by year across the horizon", () => {
  const r = roadmap(
    [{ name: "G", programs: [program(2025, 2029), program(2030, 2034, true)] }],
    { start: 2025, end: 2034 },
    stages,
  );
  const bars = r.rows.filter((row) => row.kind === "program");
  expect(bars).toHaveLength(2);
  const [a, b] = bars as Array<{ barX: number; barWidth: number; quickWin: boolean }>;
  expect(a!.barX).toBe(r.chartX);
  expect(a!.barWidth).toBeCloseTo(r.chartWidth / 2, 1);
  expect(b!.barX + b!.barWidth).toBeCloseTo(r.chartX + r.chartWidth, 1);
  expect(b!.quickWin).toBe(true);
  expect(r.stages.map((s) => s.width)).toEqual([a!.barWidth, b!.barWidth]);
  expect(r.ticks.map((t) => t.label)).toEqual(["2025", "2030"]);
});
