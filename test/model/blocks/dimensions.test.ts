import { expect, it } from "vitest";
import { sectionsOf } from "./helpers.js";

it("gives each dimension a section, its elements with their programs, and numbered tables", () => {
  const sections = sectionsOf("dimensions");
  expect(sections.map((s) => s.anchor)).toEqual(
    ["governance", "branding", "economy", "living", "society", "environment"].map(
      (d) => `dimension-${d}`,
    ),
  );
  const [governance] = sections;
  expect(governance!.data.dimension.elements[0]!.programs).toEqual(["Program prog-governance"]);
  expect([
    governance!.data.captions.elements.label,
    governance!.data.captions.indicators?.label,
  ]).toEqual(["Tabel 2.1", "Tabel 2.2"]);
});
