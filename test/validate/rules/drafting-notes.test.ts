import { expect, it } from "vitest";
import { check, miniPlan } from "../../helpers/mini-plan.js";

const chapter = (extra: string) => ({
  "chapters/pendahuluan.yaml": `schema_version: 1
id: pendahuluan
order: 1
title: Pendahuluan
${extra}`,
});
const enacted = {
  "masterplan.yaml": miniPlan()["masterplan.yaml"]!.replace(
    "status: rancangan",
    "status: ditetapkan",
  ),
};
const noted = chapter(`note: Rumusan sementara.
sections:
  - title: Dasar Hukum
    body: Peraturan Daerah Nomor ……… Tahun 2024.
    note: Nomor diisi setelah diundangkan.
`);

it("lets a draft hold drafting notes and typed blanks", () => {
  expect(check(noted)).toEqual([]);
});

it("reports every note and typed blank of an enacted plan at its place", () => {
  expect(check({ ...enacted, ...noted })).toEqual([
    "chapters/pendahuluan.yaml:5:7 draft/note-in-enacted",
    "chapters/pendahuluan.yaml:9:11 draft/note-in-enacted",
    "chapters/pendahuluan.yaml:8:11 draft/blank-in-text",
  ]);
});

it("passes an enacted plan whose text is whole", () => {
  expect(check({ ...enacted, ...chapter("intro: Teks yang utuh.\n") })).toEqual([]);
});
