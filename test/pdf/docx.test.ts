import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { pdfInfo, pdfText } from "../helpers/pdf.js";

/**
 * The DOCX as the legal division gets it: converted to PDF by LibreOffice, as a reader's tool
 * would open it, and read back against the PDF the browser printed from the same HTML.
 */
const NAME = "masterplan-smart-city-purbalingga";
const EPOCH = { SOURCE_DATE_EPOCH: "1764547200" };
const DOCS = ["", "-ringkasan", "-quick-win", "-kesiapan", "-raperda"];
let out: string;
let again: string;
let converted: string;

beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), "mp-docx-"));
  again = await mkdtemp(path.join(os.tmpdir(), "mp-docx-"));
  const args = ["build", "masterplan", "--doc", "all", "--only", "pdf,docx"];
  const [a, b] = await Promise.all([
    runCli([...args, "--out", out], { env: EPOCH }),
    runCli([...args, "--out", again], { env: EPOCH }),
  ]);
  expect(a.code, a.stderr).toBe(0);
  expect(b.code, b.stderr).toBe(0);
  converted = path.join(out, "lo");
  // A profile of its own, so that the test never meets a LibreOffice the user has open.
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${path.join(out, "lo-profile")}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      converted,
      ...DOCS.map((d) => path.join(out, `${NAME}${d}.docx`)),
    ],
    { stdio: "ignore", timeout: 240_000 },
  );
}, 300_000);

const words = (text: string) =>
  text
    .replace(/[\u00a0\u2060]/g, (c) => (c === "\u00a0" ? " " : ""))
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter(Boolean);

const xml = async (doc: string, part = "word/document.xml") =>
  strFromU8(unzipSync(new Uint8Array(await readFile(path.join(out, `${NAME}${doc}.docx`))))[part]!);

describe("build --doc all --only pdf,docx", () => {
  it("writes a PDF and a DOCX per document, and the same bytes twice", async () => {
    const files = (await readdir(out)).filter((f) => /\.(pdf|docx)$/.test(f)).sort();
    expect(files).toEqual(DOCS.flatMap((d) => [`${NAME}${d}.docx`, `${NAME}${d}.pdf`]).sort());
    for (const f of files)
      expect(
        Buffer.compare(await readFile(path.join(out, f)), await readFile(path.join(again, f))),
        f,
      ).toBe(0);
  });

  it("holds at least 97 % of the PDF's words in every document", () => {
    for (const d of DOCS) {
      const printed = words(pdfText(path.join(out, `${NAME}${d}.pdf`)));
      const opened = new Set(words(pdfText(path.join(converted, `${NAME}${d}.pdf`))));
      const found = printed.filter((w) => opened.has(w)).length / printed.length;
      expect(found, `${NAME}${d}`).toBeGreaterThanOrEqual(0.97);
    }
  });

  it("is set on the plan's paper: F4 for the masterplan, A5 for the booklet", () => {
    const size = (d: string) => {
      const info = pdfInfo(path.join(converted, `${NAME}${d}.pdf`));
      return info["Page size"]!.split(" x ").map((v) => parseFloat(v));
    };
    const [w, h] = size("");
    expect(Math.abs(w! - 609.45)).toBeLessThan(1);
    expect(Math.abs(h! - 935.43)).toBeLessThan(1);
    const [aw, ah] = size("-kesiapan");
    expect(Math.abs(aw! - 419.53)).toBeLessThan(1);
    expect(Math.abs(ah! - 595.28)).toBeLessThan(1);
  });

  it("opens with the Lampiran heading, holds every BAB, and ends with the signature", () => {
    const file = path.join(converted, `${NAME}.pdf`);
    const first = pdfText(file, 1)
      .split("\n")
      .map((l) => l.trim());
    for (const line of [
      "LAMPIRAN",
      "RANCANGAN PERATURAN DAERAH KABUPATEN PURBALINGGA",
      "NOMOR ……… TAHUN ………",
      "TENTANG",
    ])
      expect(first, line).toContain(line);
    const text = pdfText(file)
      .split("\n")
      .map((l) => l.trim());
    for (const bab of ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"])
      expect(text, `BAB ${bab}`).toContain(`BAB ${bab}`);
    const pages = Number(pdfInfo(file).Pages);
    expect(pdfText(file, pages)).toContain("FAHMI MUHAMMAD HANIF");
    // "- n -" in the header from page 2, none on page 1.
    expect(pdfText(file, 2)).toMatch(/^\s*-\s*2\s*-/);
    expect(pdfText(file, 1)).not.toMatch(/-\s*1\s*-/);
  });

  it("has Word's heading styles, a table of contents field, real tables and the Bookman face", async () => {
    const body = await xml("");
    expect(body).toContain('<w:pStyle w:val="Heading1"/>');
    expect(body).toContain('<w:pStyle w:val="Heading2"/>');
    expect(body).toMatch(/<w:instrText[^>]*>TOC \\o/);
    expect(body).toContain("<w:tblHeader/>");
    const html = await readFile(path.join(out, `${NAME}.pdf`)).then(() =>
      runCli(["build", "masterplan", "--only", "html", "--out", out], { env: EPOCH }),
    );
    expect(html.code).toBe(0);
    const tables = (
      (await readFile(path.join(out, `${NAME}.html`), "utf8")).match(/<table[\s>]/g) ?? []
    ).length;
    // Every table but the Lampiran heading's, which Word sets as indented lines.
    expect((body.match(/<w:tbl>/g) ?? []).length).toBe(tables - 1);
    expect(await xml("", "word/styles.xml")).toContain('w:ascii="Bookman Old Style"');
    const core = await xml("", "docProps/core.xml");
    expect(core).toContain(
      "<dc:title>Masterplan Smart City Kabupaten Purbalingga Tahun 2025–2045</dc:title>",
    );
    expect(core).toContain("2025-12-01T00:00:00Z");
    // Each drawing has an id of its own, as Word requires.
    const ids = [...body.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives the legal division the raperda to edit", () => {
    const text = pdfText(path.join(converted, `${NAME}-raperda.pdf`)).replace(/\s+/g, " ");
    for (const part of [
      "DENGAN RAHMAT TUHAN YANG MAHA ESA",
      "Menimbang",
      "Mengingat",
      "Dengan Persetujuan Bersama",
      "MEMUTUSKAN",
      "Pasal 1",
      "bagian tidak terpisahkan",
      "mulai berlaku pada tanggal diundangkan",
      "LEMBARAN DAERAH KABUPATEN PURBALINGGA",
      "PENJELASAN",
    ])
      expect(text, part).toContain(part);
  });
});

describe("--only", () => {
  it("writes the DOCX alone when asked, and refuses a format it does not know", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "mp-docx-only-"));
    const r = await runCli(["build", "test/fixtures/kota-contoh", "--only", "docx", "--out", dir]);
    expect(r.code, r.stderr).toBe(0);
    expect((await readdir(dir)).filter((f) => !f.startsWith(".")).sort()).toEqual([
      "masterplan-kota-contoh.docx",
    ]);
    const bad = await runCli(["build", "masterplan", "--only", "pdf,doc", "--out", dir]);
    // A usage error, like every option given a value it does not take.
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("give html, pdf or docx, separated by commas (not doc)");
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
