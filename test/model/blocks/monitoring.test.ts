import { expect, it } from "vitest";
import { sectionsOf } from "./helpers.js";

it("gives each indicator its targets, its reporting agency and, without a period, none", () => {
  const [s] = sectionsOf("monitoring");
  expect(s!.data.rows).toHaveLength(6);
  const row = s!.data.rows[0]!;
  expect(row.targets).toEqual([{ year: 2026, target: { value: 10 } }]);
  expect(row.agency?.id).toBe("dinkominfo");
  expect(row.reporting).toBeNull();
});
