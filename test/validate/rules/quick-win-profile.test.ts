import { expect, it } from "vitest";
import { check, miniPlan, program, validateFiles } from "../../helpers/mini-plan.js";

const FILE = "programs/governance/prog-governance.yaml";

/** The mini plan's governance quick win with some keys taken out of its file. */
const without = (...keys: string[]) => {
  const text = program("governance", "prog-governance");
  return {
    [FILE]: text
      .split("\n")
      .filter((line) => !keys.some((k) => line.startsWith(`${k}:`)))
      .join("\n"),
  };
};

it("passes a quick win whose profile is complete", () => {
  expect(check(without())).toEqual([]);
});

it("names every part of a quick win's profile that is missing, once, at quick_win", () => {
  expect(check(without("problem", "risks"))).toEqual([`${FILE}:9:1 quick-win/profile-incomplete`]);
  const [found] = validateFiles({ ...miniPlan(), ...without("problem", "risks") }).diagnostics;
  expect(found?.message).toBe(
    "This quick win's profile has no `problem` (the problem it solves), `risks`.",
  );
  expect(found?.severity).toBe("warning");
});

it("counts an empty list as missing, and a null as a blank to fill", () => {
  expect(check({ [FILE]: program("governance", "prog-governance", { milestones: "[]" }) })).toEqual(
    [`${FILE}:9:1 quick-win/profile-incomplete`],
  );
  expect(
    check({ [FILE]: program("governance", "prog-governance", { target_12_months: "null" }) }),
  ).toEqual([`${FILE}:20:19 blank/left-blank`]);
});

it("asks nothing of a program that is not a quick win", () => {
  const other = {
    "programs/governance/prog-lain.yaml": program("governance", "prog-lain", {
      quick_win: "false",
    })
      .split("\n")
      .filter((l) => !/^(problem|target_12_months|milestones|risks):/.test(l))
      .join("\n"),
  };
  expect(check(other)).toEqual([]);
});

it("checks that a risk's owner is a known agency", () => {
  const risky = program("governance", "prog-governance", {
    risks: "[{ risk: R, impact: tinggi, likelihood: rendah, mitigation: null, owner: dinas-x }]",
  });
  expect(check({ [FILE]: risky }).filter((d) => d.includes("ref/"))).toEqual([
    `${FILE}:22:81 ref/unknown-agency`,
  ]);
});
