import { expect, it } from "vitest";
import { check } from "../../helpers/mini-plan.js";

const chapter = (body: string, order = 2) =>
  `schema_version: 1\nid: bab-uji\norder: ${order}\ntitle: Uji\nsections: [{ title: Teks, body: "${body}" }]\nblocks: [programs]\n`;

it("accepts references to a placed block or a chapter id", () => {
  expect(
    check({ "chapters/bab-uji.yaml": chapter("Lihat {bab:programs} dan {bab:pendahuluan}.") }),
  ).toEqual([]);
});

it("refuses a reference that names nothing, with a suggestion", () => {
  expect(check({ "chapters/bab-uji.yaml": chapter("Lihat {bab:program}.") })).toEqual([
    "chapters/bab-uji.yaml:5:33 ref/unknown-chapter",
  ]);
});

it("warns about a chapter number written by hand", () => {
  expect(
    check({ "chapters/bab-uji.yaml": chapter("Profil program dimuat dalam Bab VI.") }),
  ).toEqual(["chapters/bab-uji.yaml:5:33 ref/hand-written"]);
  // "Bab ini" is a word, not a number.
  expect(check({ "chapters/bab-uji.yaml": chapter("Bab ini memuat program.") })).toEqual([]);
});
