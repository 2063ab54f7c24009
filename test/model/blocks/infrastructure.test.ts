import { expect, it } from "vitest";
import { program } from "../../helpers/mini-plan.js";
import { sectionsOf } from "./helpers.js";

it("gives a section to each kind of infrastructure some program builds, none to the others", () => {
  const sections = sectionsOf("infrastructure", {
    "programs/living/prog-living.yaml": program("living", "prog-living", {
      infrastructure: "digital",
    }),
  });
  expect(sections.map((s) => s.title)).toEqual(["Infrastruktur Digital"]);
  expect(sections[0]!.data.programs.map((p) => p.id)).toEqual(["prog-living"]);
});
