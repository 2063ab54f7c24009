import { expect, it } from "vitest";
import { program } from "../../helpers/mini-plan.js";
import { sectionsOf } from "./helpers.js";

it("summarises the quick wins in one table, and says whether some are proposals", () => {
  const [s] = sectionsOf("quick-wins", {
    "programs/economy/prog-economy.yaml": program("economy", "prog-economy", { proposed: "true" }),
  });
  expect(s!.data.programs).toHaveLength(6);
  expect(s!.data.proposed).toBe(true);
});
