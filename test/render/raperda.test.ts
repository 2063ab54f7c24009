import { beforeAll, describe, expect, it } from "vitest";
import { elements, hasClass, readHtml, textOf, type Element } from "../helpers/html.js";

/** Visible text with a space wherever a tag was, as a reader sees words in cells apart. */
const spaced = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>|<title>[\s\S]*?<\/title>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .replace(/ ([,;.:)])/g, "$1")
    .replace(/\( /g, "(");
import { prepare } from "../../src/pipeline/prepare.js";
import { createRenderer } from "../../src/render/render-html.js";

/** The raperda and the Lampiran's heading of a plan, as text. */
async function documents(dir: string) {
  const p = await prepare(dir, { model: { documents: ["masterplan", "raperda"] } });
  expect(p.model, dir).not.toBeNull();
  const html = createRenderer(p.theme!, p.locale!, "raperda")(p.model!);
  const masterplan = readHtml(createRenderer(p.theme!, p.locale!, "masterplan")(p.model!));
  return { raperda: readHtml(html), masterplan, text: spaced(html) };
}

/** The lines of a title block: the cells of the Lampiran heading, the spans of the raperda's. */
const lines = (root: Element, className: string) =>
  elements(elements(root).find((e) => hasClass(e, className))!)
    .filter((e) => e.tagName === "td" || (e.tagName === "span" && e.parentNode?.nodeName === "h1"))
    .map((e) => textOf(e).replace(/\s+/g, " ").trim());

describe("the raperda of the bundled Perda plan", () => {
  let d: Awaited<ReturnType<typeof documents>>;
  beforeAll(async () => {
    d = await documents("masterplan");
  });

  it("holds every part of UU 12/2011 Lampiran II, in order", () => {
    const parts = [
      "BUPATI PURBALINGGA PROVINSI JAWA TENGAH",
      "DENGAN RAHMAT TUHAN YANG MAHA ESA",
      "Menimbang",
      "Mengingat",
      "Dengan Persetujuan Bersama DEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN PURBALINGGA dan BUPATI PURBALINGGA",
      "MEMUTUSKAN",
      "Menetapkan",
      "BAB I KETENTUAN UMUM",
      "Pasal 1",
      "bagian tidak terpisahkan dari Peraturan Daerah ini",
      "diatur dengan Peraturan Bupati",
      "mulai berlaku pada tanggal diundangkan",
      "Ditetapkan di Purbalingga",
      "SEKRETARIS DAERAH KABUPATEN PURBALINGGA,",
      "LEMBARAN DAERAH KABUPATEN PURBALINGGA TAHUN",
      "NOREG PERATURAN DAERAH KABUPATEN PURBALINGGA, PROVINSI JAWA TENGAH",
      "PENJELASAN ATAS PERATURAN DAERAH KABUPATEN PURBALINGGA",
      "I. UMUM",
      "II. PASAL DEMI PASAL",
      "TAMBAHAN LEMBARAN DAERAH KABUPATEN PURBALINGGA NOMOR",
    ];
    let at = 0;
    for (const part of parts) {
      const found = d.text.indexOf(part, at);
      expect(found, part).toBeGreaterThanOrEqual(0);
      at = found;
    }
  });

  it("has the Lampiran heading's title, number and year", () => {
    const heading = lines(d.masterplan, "lampiran-heading").slice(1);
    expect(lines(d.raperda, "regulation-title")).toEqual(heading);
  });

  it("names its considerations in the last one, and cites the gazette of each law", () => {
    expect(d.text).toContain(
      "c. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Peraturan Daerah tentang Masterplan Smart City Kabupaten Purbalingga Tahun 2025–2045;",
    );
    expect(d.text).toContain(
      "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587);",
    );
    // A Peraturan Presiden has no Tambahan; a number not checked yet is a blank.
    expect(d.text).toContain(
      "Satu Data Indonesia (Lembaran Negara Republik Indonesia Tahun 2019 Nomor ………);",
    );
  });

  it("lists the Lampiran's chapters as the masterplan has them", () => {
    const chapters = elements(d.masterplan)
      .filter((e) => hasClass(e, "chapter-title") && e.tagName === "span")
      .map((e) => textOf(e).trim());
    expect(chapters.length).toBe(11);
    expect(d.text).toContain(`a. BAB I ${"Pendahuluan"};`);
    expect(d.text).toContain(
      "j. BAB X Pembiayaan, Pemantauan, dan Evaluasi; dan k. BAB XI Penutup.",
    );
  });

  it("defines the plan's own terms, from the glossary where it gives no meaning", () => {
    expect(d.text).toContain(
      "Quick Win adalah program unggulan yang dapat diwujudkan pada tahun berjalan atau tahun berikutnya.",
    );
    expect(d.text).toContain(
      "Sistem Pemerintahan Berbasis Elektronik yang selanjutnya disebut SPBE adalah",
    );
  });
});

it("a kota's raperda speaks of the Wali Kota and the kota's Lembaran Daerah, with blanks where it has no regulation.yaml", async () => {
  const { text } = await documents("test/fixtures/kota-contoh");
  expect(text).toContain("WALI KOTA CONTOH,");
  expect(text).toContain("LEMBARAN DAERAH KOTA CONTOH");
  expect(text).toContain("diatur dengan Peraturan Wali Kota");
  expect(text).toContain("a. bahwa ………;");
  expect(text).not.toMatch(/purbalingga|bupati/i);
});

it("a Perbup has no joint approval and no Penjelasan, and is placed in the Berita Daerah", async () => {
  const { text } = await documents("test/fixtures/kabupaten-perbup");
  expect(text).toContain("RANCANGAN PERATURAN BUPATI LEMBAH HIJAU");
  expect(text).toContain("Dalam Peraturan Bupati ini yang dimaksud dengan:");
  expect(text).not.toContain("Dengan Persetujuan Bersama");
  expect(text).not.toContain("PENJELASAN");
  expect(text).not.toContain("NOREG");
  expect(text).not.toContain("DPRD adalah");
  expect(text).toContain("BERITA DAERAH KABUPATEN LEMBAH HIJAU TAHUN");
  expect(text).toContain(
    "Menetapkan: PERATURAN BUPATI TENTANG MASTERPLAN SMART CITY KABUPATEN LEMBAH HIJAU TAHUN 2024–2033.",
  );
  expect(text).not.toMatch(/purbalingga/i);
});

it("places the masterplan in 'Lampiran I' when the regulation has several, as its heading says", async () => {
  const p = await prepare("masterplan", { model: { documents: ["masterplan", "raperda"] } });
  const sources = p.sources!;
  const data = structuredClone(sources.manifest.data);
  data.legal.attachment = "I";
  const { buildModel } = await import("../../src/model/build-model.js");
  const model = buildModel(
    { ...sources, manifest: { ...sources.manifest, data } },
    { locale: p.locale!, documents: ["masterplan", "raperda"] },
  );
  const raperda = spaced(createRenderer(p.theme!, p.locale!, "raperda")(model));
  const heading = spaced(createRenderer(p.theme!, p.locale!, "masterplan")(model));
  expect(heading).toContain("LAMPIRAN I RANCANGAN PERATURAN DAERAH KABUPATEN PURBALINGGA");
  expect(raperda).toContain("tercantum dalam Lampiran I yang merupakan bagian tidak terpisahkan");
});
