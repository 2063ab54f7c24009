import { expect, it } from "vitest";
import { sectionsOf } from "./helpers.js";

it("profiles each program under its dimension, with the tables it has numbered", () => {
  const profiles = sectionsOf("programs");
  expect(profiles.map((s) => s.anchor)).toHaveLength(6);
  const first = profiles[0]!;
  expect(first.anchor).toBe("program-prog-governance");
  expect(first.number).toBe("2.1.1");
  expect([
    first.data.captions.profile.label,
    first.data.captions.budget?.label,
    first.data.captions.indicators?.label,
  ]).toEqual(["Tabel 2.1", "Tabel 2.2", "Tabel 2.3"]);
});
