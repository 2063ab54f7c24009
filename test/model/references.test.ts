import { expect, it } from "vitest";
import { buildModel } from "../../src/model/build-model.js";
import { miniPlan, validateFiles } from "../helpers/mini-plan.js";
import { defaultLocale } from "../helpers/theme.js";

const model = (files: Record<string, string>) => {
  const checked = validateFiles({ ...miniPlan(), ...files });
  return buildModel(checked.sources!, { locale: defaultLocale, documents: ["masterplan"] });
};

it("writes each reference as the chapter that holds what it names, wherever chapters move", () => {
  const intro =
    "Profil program dimuat dalam {bab:programs}; latar belakang dalam {bab:pendahuluan}.";
  for (const [order, label] of [
    [2, "Bab II"],
    [5, "Bab II"],
  ] as const) {
    const m = model({
      "chapters/program.yaml": `schema_version: 1\nid: program\norder: ${order}\ntitle: Program\nblocks: [programs, quick-wins]\n`,
      "chapters/akhir.yaml": `schema_version: 1\nid: akhir\norder: 9\ntitle: Akhir\nintro: "${intro}"\n`,
    });
    const last = m.chapters.at(-1)!;
    expect(last.intro).toBe(`Profil program dimuat dalam ${label}; latar belakang dalam Bab I.`);
    const quickWins = m.chapters[1]!.sections.find((s) => s.block === "quick-wins")!;
    expect(quickWins.data).toMatchObject({ reference: expect.stringContaining(`dalam ${label}.`) });
  }
});

it("says so in a sentence when a chapter's parts all come out empty", () => {
  const files: Record<string, string> = {
    "chapters/qw.yaml":
      "schema_version: 1\nid: qw\norder: 2\ntitle: Quick Win\nintro: Pengantar.\nblocks: [quick-wins]\n",
  };
  for (const d of ["governance", "branding", "economy", "living", "society", "environment"])
    files[`programs/${d}/prog-${d}.yaml`] = miniPlan()[`programs/${d}/prog-${d}.yaml`]!.replace(
      "quick_win: true",
      "quick_win: false",
    );
  const qw = model(files).chapters[1]!;
  expect(qw.sections).toEqual([]);
  expect(qw.intro).toBe("Pengantar.");
  expect(qw.empty).toBe("Rencana ini belum memuat program quick win.");
  expect(model({}).chapters[0]!.empty).toBeNull();
});

it("prints a lone section that repeats its chapter's title without a second heading", () => {
  const m = model({
    "chapters/penutup.yaml":
      "schema_version: 1\nid: penutup\norder: 3\ntitle: Penutup\nsections: [{ title: Penutup, body: Akhir kata. }]\n",
  });
  const penutup = m.chapters.at(-1)!;
  expect(penutup.sections).toEqual([]);
  expect(penutup.intro).toBe("Akhir kata.");
});
