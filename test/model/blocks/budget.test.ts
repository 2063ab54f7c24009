import { expect, it } from "vitest";
import { sectionsOf } from "./helpers.js";

it("recaps the budget by year and dimension, then by source and stage, to the same total", () => {
  const [byYear, byStage] = sectionsOf("budget");
  expect(byYear!.data.matrix.total).toEqual({ known: 600_000_000, complete: true });
  expect(byStage!.data.matrix.total).toEqual(byYear!.data.matrix.total);
  expect([byYear!.data.caption.label, byStage!.data.caption.label]).toEqual([
    "Tabel 2.1",
    "Tabel 2.2",
  ]);
});
