import { expect, it } from "vitest";
import { check, miniPlan, program, validateFiles } from "../../helpers/mini-plan.js";
import { lastDay } from "../../../src/validate/rules/past-dates.js";

const drafted = (date: string) => ({
  "masterplan.yaml": miniPlan()["masterplan.yaml"]!.replace(
    'number: "1", year: 2025',
    `number: "1", year: 2025, drafted: "${date}"`,
  ),
});

/** Findings on the governance program alone (the mini plan's other quick wins are older). */
const own = (files: Record<string, string>) =>
  check(files).filter((d) => d.startsWith("programs/governance/"));

const quickWin = (extra: Record<string, string>) => ({
  "programs/governance/prog-governance.yaml": program("governance", "prog-governance", extra),
});

it("says nothing while the plan names no draft date, or the quick wins lie after it", () => {
  expect(check(quickWin({}))).toEqual([]);
  expect(check({ ...drafted("2025-06-30"), ...quickWin({}) })).toEqual([]);
});

it("warns on a quick win's milestones and years that ended before the draft", () => {
  const files = {
    ...drafted("2027-01-15"),
    ...quickWin({ milestones: "[{ when: 2025-Q3, what: A. }, { when: 2027-03, what: B. }]" }),
  };
  expect(own(files)).toEqual([
    "programs/governance/prog-governance.yaml:10:28 date/past",
    "programs/governance/prog-governance.yaml:21:22 date/past",
  ]);
  const messages = validateFiles({ ...miniPlan(), ...files })
    .diagnostics.filter((d) => d.file.includes("governance"))
    .map((d) => d.message);
  expect(messages[0]).toBe("The quick win ends in 2026, before the draft of 15 Januari 2027.");
  expect(messages[1]).toContain('"Triwulan III 2025"');
});

it("leaves a quick win that is done alone", () => {
  expect(own({ ...drafted("2027-01-15"), ...quickWin({ status: "selesai" }) })).toEqual([]);
});

it("knows the last day of a month and of a quarter", () => {
  expect(lastDay("2025-02")).toBe("2025-02-28");
  expect(lastDay("2024-02")).toBe("2024-02-29");
  expect(lastDay("2025-Q3")).toBe("2025-09-30");
  expect(lastDay("2025-Q4")).toBe("2025-12-31");
});
