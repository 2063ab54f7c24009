import { expect, it } from "vitest";
import { check, miniPlan, validateFiles } from "../../helpers/mini-plan.js";

const chapter = (id: string, order: number, rest: string) =>
  `schema_version: 1\nid: ${id}\norder: ${order}\ntitle: Bab ${id}\n${rest}`;

it("passes blocks placed once, between sections or after them", () => {
  expect(
    check({
      "chapters/dua.yaml": chapter(
        "dua",
        2,
        "sections:\n  - title: A\n  - block: budget\nblocks: [programs]\n",
      ),
    }),
  ).toEqual([]);
});

it("reports a block placed twice and points at the first", () => {
  const found = validateFiles({
    ...miniPlan(),
    "chapters/dua.yaml": chapter("dua", 2, "sections:\n  - block: programs\n"),
    "chapters/tiga.yaml": chapter("tiga", 3, "blocks: [programs]\n"),
  }).diagnostics;
  expect(found.map((d) => `${d.file.replace("/plan/", "")}:${d.line} ${d.code}`)).toEqual([
    "chapters/tiga.yaml:5 chapter/duplicate-block",
  ]);
  expect(found[0]?.related?.[0]).toMatchObject({
    file: "/plan/chapters/dua.yaml",
    line: 6,
    message: "first placed here",
  });
});
