import { expect, it } from "vitest";
import { sectionsOf } from "./helpers.js";

it("pairs each mission with its goals by label, never by id", () => {
  const [s] = sectionsOf("rpjpd");
  expect(s!.data.rows).toEqual([
    {
      mission: { label: "Misi 1", text: "Misi contoh" },
      goal: { label: "Sasaran 1", text: "Sasaran contoh" },
    },
  ]);
  expect(s!.data.rpjmd?.focus).toEqual(["Tata kelola"]);
  expect(s!.data.note).toBeNull();
});
