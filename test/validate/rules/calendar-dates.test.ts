import { expect, it } from "vitest";
import { isCalendarDate } from "../../../src/validate/rules/calendar-dates.js";
import { check, program } from "../../helpers/mini-plan.js";

const withProgress = (progress: string) => ({
  "programs/governance/prog-governance.yaml": program("governance", "prog-governance", {
    progress,
  }),
});

it("knows the days of the calendar", () => {
  expect(isCalendarDate("2024-02-29")).toBe(true);
  expect(isCalendarDate("2025-02-29")).toBe(false);
  expect(isCalendarDate("2025-13-01")).toBe(false);
  expect(isCalendarDate("2025-1-01")).toBe(false);
});

it("passes a progress dated on a real day", () => {
  expect(check(withProgress('{ percent: 40, as_of: "2025-06-30" }'))).toEqual([]);
});

it("reports a progress dated on a day that does not exist", () => {
  expect(check(withProgress('{ percent: 40, as_of: "2025-06-31" }'))).toEqual([
    "programs/governance/prog-governance.yaml:18:33 date/not-a-day",
  ]);
});
