import { expect, it } from "vitest";
import { sectionsOf } from "./helpers.js";

it("marks each program against the RPJPD goals, the RPJMD and the VID 2045 pillars", () => {
  const [s] = sectionsOf("traceability");
  expect(s!.data.goals).toEqual(["Sasaran 1"]);
  expect(s!.data.rows[0]).toMatchObject({
    marks: [true],
    rpjmd: ["Tata kelola"],
    pillars: ["Pemerintahan digital"],
  });
});
