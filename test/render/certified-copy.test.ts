import { expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { buildModel } from "../../src/model/build-model.js";
import { prepare } from "../../src/pipeline/prepare.js";
import { createRenderer } from "../../src/render/render-html.js";
import { certifiedCopyProblems } from "../../src/validate/certified-copy.js";

it("refuses a certified copy of a draft, or one that names nobody, at the manifest's line", async () => {
  const r = await runCli([
    "build",
    "masterplan",
    "--doc",
    "raperda",
    "--salinan",
    "--only",
    "html",
    "--out",
    "/nonexistent",
  ]);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/masterplan\.yaml:\d+:\d+ error .* salinan\/no-certifier/);
  expect(r.stderr).toMatch(/masterplan\.yaml:\d+:\d+ error .* salinan\/not-enacted/);
});

it("names each blank of who certifies it", async () => {
  const { sources } = await prepare("masterplan");
  const manifest = { ...sources!.manifest, data: structuredClone(sources!.manifest.data) };
  manifest.data.legal.status = "ditetapkan";
  manifest.data.legal.certified_by = {
    title: "KEPALA BAGIAN HUKUM",
    name: null,
    rank: null,
    nip: null,
  };
  expect(certifiedCopyProblems(manifest).map((d) => d.code)).toEqual([
    "salinan/blank",
    "salinan/blank",
    "salinan/blank",
  ]);
});

it("prints 'Salinan sesuai dengan aslinya' with title, name, rank and NIP on the regulation and its Lampiran", async () => {
  const p = await prepare("masterplan", { model: { documents: ["masterplan", "raperda"] } });
  const sources = p.sources!;
  const plan = {
    ...sources,
    manifest: { ...sources.manifest, data: structuredClone(sources.manifest.data) },
  };
  plan.manifest.data.legal.certified_by = {
    title: "KEPALA BAGIAN HUKUM SEKRETARIAT DAERAH KABUPATEN CONTOH",
    name: "NAMA PEJABAT",
    rank: "Pembina Tingkat I",
    nip: "19700101 199003 1 001",
  };
  const model = buildModel(plan, {
    locale: p.locale!,
    documents: ["masterplan", "raperda"],
    certifiedCopy: true,
  });
  for (const doc of ["masterplan", "raperda"] as const) {
    const html = createRenderer(p.theme!, p.locale!, doc)(model);
    expect(html, doc).toContain("<div>Salinan sesuai dengan aslinya</div>");
    expect(html, doc).toContain("KEPALA BAGIAN HUKUM SEKRETARIAT DAERAH KABUPATEN CONTOH,");
    expect(html, doc).toContain("Pembina Tingkat I");
    expect(html, doc).toContain("NIP. 19700101 199003 1 001");
  }
  // Without --salinan, no copy is claimed.
  const plain = createRenderer(
    p.theme!,
    p.locale!,
    "raperda",
  )(buildModel(plan, { locale: p.locale!, documents: ["raperda"] }));
  expect(plain).not.toContain('class="certified-copy"');
});
