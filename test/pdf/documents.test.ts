import { readFileSync } from "node:fs";
import { mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { ProgramInput as Program } from "../../src/types/generated/program.js";
import { copyPlan, runCli } from "../helpers/cli.js";
import { pdfInfo, pdfText } from "../helpers/pdf.js";

// One plan, several documents: printed in one build, and agreeing with each other.
const NAME = "masterplan-smart-city-purbalingga";
let out: string;
let stderr: string;
let masterplan: string;
let ringkasan: string;

beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), "mp-docs-"));
  const r = await runCli(["build", "masterplan", "--doc", "all", "--out", out]);
  stderr = r.stderr;
  expect(r.code, r.stderr).toBe(0);
  masterplan = pdfText(path.join(out, `${NAME}.pdf`));
  ringkasan = pdfText(path.join(out, `${NAME}-ringkasan.pdf`));
});

/** The quick wins of the bundled plan, from its program files. */
async function bundledQuickWins(): Promise<Program[]> {
  return (await readdir("masterplan/programs", { recursive: true }))
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => parse(readFileSync(path.join("masterplan/programs", f), "utf8")) as Program)
    .filter((p) => p.quick_win);
}

/** The grand totals a text prints under its budget recaps: "Jumlah: Rp 1.000.000". */
const totals = (text: string) => [...text.matchAll(/Jumlah: (Rp [\d.]+)/g)].map((m) => m[1]);

describe("build --doc all", () => {
  it("writes each document under a name that says which it is, and lists their pages", async () => {
    const files = (await readdir(out)).filter((f) => !f.startsWith(".")).sort();
    expect(files).toEqual([
      `${NAME}-kesiapan.html`,
      `${NAME}-kesiapan.pdf`,
      `${NAME}-quick-win.html`,
      `${NAME}-quick-win.pdf`,
      `${NAME}-raperda.html`,
      `${NAME}-raperda.pdf`,
      `${NAME}-ringkasan.html`,
      `${NAME}-ringkasan.pdf`,
      `${NAME}.html`,
      `${NAME}.pdf`,
    ]);
    expect(stderr).toMatch(
      /masterplan \d+ pages, ringkasan \d+ pages, quick-win \d+ pages, kesiapan \d+ pages, raperda \d+ pages/,
    );
  });

  it("prints the raperda on the plan's paper, its Penjelasan on a page of its own", () => {
    const file = path.join(out, `${NAME}-raperda.pdf`);
    const info = pdfInfo(file);
    expect(info["Page size"]).toBe("609.449 x 935.433 pts");
    const text = pdfText(file).replace(/\s+/g, " ");
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
    ])
      expect(text, part).toContain(part);
    const last = Number(info.Pages);
    expect(pdfText(file, last)).toContain("PENJELASAN");
    expect(pdfText(file, last - 1)).not.toContain("PENJELASAN");
  });

  it("prints the ringkasan eksekutif in at most 8 pages, on the plan's paper", () => {
    const info = pdfInfo(path.join(out, `${NAME}-ringkasan.pdf`));
    expect(Number(info.Pages)).toBeLessThanOrEqual(8);
    expect(info["Page size"]).toBe("609.449 x 935.433 pts");
    expect(info.Title).toBe(
      "Ringkasan Eksekutif Masterplan Smart City Kabupaten Purbalingga Tahun 2025–2045",
    );
    expect(info.Tagged).toBe("yes");
  });

  it("prints the same total budget as the masterplan", () => {
    const [total] = totals(ringkasan);
    expect(total).toMatch(/^Rp [1-9]/);
    expect(totals(masterplan)).toContain(total);
    // Both recaps of the masterplan add up to it.
    expect(new Set(totals(masterplan))).toEqual(new Set([total]));
  });

  it("holds the vision, the six dimensions, every quick win, the roadmap, the bodies and key indicators", async () => {
    const flat = ringkasan.replace(/\s+/g, " ");
    for (const heading of [
      "Visi dan Misi",
      "Dimensi dan Tujuan",
      "Program Unggulan (Quick Win)",
      "Peta Jalan per Tahap",
      "Anggaran Indikatif",
      "Kelembagaan",
      "Indikator Kunci",
    ])
      expect(flat, heading).toContain(heading);
    for (const dimension of [
      "Governance",
      "Branding",
      "Economy",
      "Living",
      "Society",
      "Environment",
    ])
      expect(flat).toContain(`Smart ${dimension}`);
    // Every quick win of the plan is in the summary, by name.
    const html = await readFile(path.join(out, `${NAME}-ringkasan.html`), "utf8");
    const quickWins = await bundledQuickWins();
    expect(quickWins.length).toBeGreaterThanOrEqual(6);
    for (const p of quickWins) expect(html, String(p.name)).toContain(`<tr><td>${p.name}</td>`);
    expect(html).toContain('<figure class="summary-roadmap">\n<svg');
    expect(html.replace(/<[^>]+>/g, "")).toContain("Dewan Smart City");
  });
});

describe("the manifest's outputs", () => {
  it("names the documents to print; without a document named, the masterplan alone", async () => {
    const plan = await copyPlan();
    const manifest = path.join(plan, "masterplan.yaml");
    const text = await readFile(manifest, "utf8");
    await writeFile(
      manifest,
      text.replace(/outputs:\n( {2}- .*\n)+/, "outputs: [html, ringkasan]\n"),
    );
    const dir = await mkdtemp(path.join(os.tmpdir(), "mp-outputs-"));
    const r = await runCli(["build", plan, "--only", "html", "--out", dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(await readdir(dir)).toEqual([`${NAME}-ringkasan.html`]);
    const plain = await mkdtemp(path.join(os.tmpdir(), "mp-outputs-"));
    await writeFile(manifest, text);
    expect((await runCli(["build", plan, "--only", "html", "--out", plain])).code).toBe(0);
    expect(await readdir(plain)).toEqual([`${NAME}.html`]);
  });
});

describe("the buku saku kesiapan", () => {
  it("is an A5 booklet", () => {
    const info = pdfInfo(path.join(out, `${NAME}-kesiapan.pdf`));
    expect(info["Page size"]).toBe("419.528 x 595.276 pts");
    expect(info.Title).toBe(
      "Buku Saku Kesiapan Masterplan Smart City Kabupaten Purbalingga Tahun 2025–2045",
    );
  });

  it("holds a score table of the three pillars and a chart, and the region's facts", async () => {
    const html = await readFile(path.join(out, `${NAME}-kesiapan.html`), "utf8");
    for (const pillar of ["Struktur", "Infrastruktur", "Suprastruktur"])
      expect(html).toContain(`Pilar ${pillar}</th>`);
    expect(html).toContain('<figure class="readiness-chart">\n<svg');
    const text = pdfText(path.join(out, `${NAME}-kesiapan.pdf`)).replace(/\s+/g, " ");
    expect(text).toContain("Kondisi Umum Wilayah");
    expect(text).toContain("1.040.109 (2023)");
    // Not scored yet: said so, never a made-up number.
    expect(text).toContain("belum dinilai");
  });

  it("agrees with the masterplan's Bab II, which prints the same analysis", async () => {
    const booklet = await readFile(path.join(out, `${NAME}-kesiapan.html`), "utf8");
    const main = await readFile(path.join(out, `${NAME}.html`), "utf8");
    const table = (html: string) =>
      /<table class="grid readiness">[\s\S]*?<\/table>/.exec(html)![0];
    expect(table(main)).toBe(table(booklet));
    expect(masterplan).toContain("Penilaian Kesiapan Daerah");
  });
});

describe("the dokumen profil quick win", () => {
  it("has one section per quick win, each with its problem, target, milestones and risks", async () => {
    const html = await readFile(path.join(out, `${NAME}-quick-win.html`), "utf8");
    const sections = html.split('<section class="quick-win-profile').slice(1);
    const quickWins = await bundledQuickWins();
    expect(sections).toHaveLength(quickWins.length);
    for (const p of quickWins) {
      const own = sections.find((s) => s.includes(`id="quick-win-${p.id}"`))!;
      expect(own, p.id).toBeDefined();
      // Every milestone of the plan, with its month or quarter as words.
      for (const m of p.milestones!) expect(own, m.what).toContain(m.what);
      expect(own).toMatch(/<td class="nowrap">(Triwulan [IV]+|[A-Z][a-z]+) 20\d\d<\/td>/);
      expect(own).toContain("Masalah yang diselesaikan");
      expect(own).toContain("Target 12 bulan");
      expect(own).toContain(p.risks![0]!.risk);
    }
    expect(pdfInfo(path.join(out, `${NAME}-quick-win.pdf`)).Title).toMatch(
      /^Dokumen Profil Quick Win /,
    );
  });

  it("lets the masterplan's Bab VII summarise the quick wins and refer to it, not repeat Bab VI", async () => {
    const html = await readFile(path.join(out, `${NAME}.html`), "utf8");
    for (const p of await bundledQuickWins())
      expect(html.split(`Profil Program ${p.name}`).length - 1, p.id).toBe(1);
    expect(masterplan.replace(/\s+/g, " ")).toContain("dimuat dalam Dokumen Profil Quick Win");
  });
});
