import { expect, it } from "vitest";
import { check, program } from "../../helpers/mini-plan.js";

const glossary = {
  "glossary.yaml": `schema_version: 1
terms:
  - { term: smart city, meaning: kota cerdas, foreign: true, indonesian: kota cerdas, variants: [kabupaten cerdas] }
`,
};

it("says nothing while the text keeps to the glossary's form", () => {
  expect(check(glossary)).toEqual([]);
});

it("warns on another form of a term, in a chapter and in a program, in any letter case", () => {
  expect(
    check({
      ...glossary,
      "chapters/pendahuluan.yaml": `schema_version: 1
id: pendahuluan
order: 1
title: Pendahuluan
sections: [{ title: Latar Belakang, body: Menuju Kabupaten Cerdas. }]
`,
      "programs/governance/prog-governance.yaml": program("governance", "prog-governance", {
        description: "Bagian dari kabupaten\n  cerdas.",
      }),
    }),
  ).toEqual([
    "chapters/pendahuluan.yaml:5:43 term/variant",
    "programs/governance/prog-governance.yaml:6:14 term/variant",
  ]);
});
