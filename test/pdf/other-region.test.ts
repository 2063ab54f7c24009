import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { pdfInfo, pdfText } from "../helpers/pdf.js";

// A kota with a 2024–2043 horizon whose files never name the bundled regency, with a program
// whose agency, budget, status and progress are unknown: what prints must not guess.
let text: string;
let last: string;
let stderr: string;
/** The text of every document: the masterplan, ringkasan, quick-win profiles and booklet. */
let all: string;

beforeAll(async () => {
  const out = await mkdtemp(path.join(os.tmpdir(), "mp-kota-"));
  const r = await runCli(["build", "test/fixtures/kota-contoh", "--doc", "all", "--out", out]);
  stderr = r.stderr;
  expect(r.code, r.stderr).toBe(0);
  const pdf = path.join(out, "masterplan-kota-contoh.pdf");
  text = pdfText(pdf);
  last = pdfText(pdf, Number(pdfInfo(pdf).Pages));
  all = ["", "-ringkasan", "-quick-win", "-kesiapan"]
    .map((doc) => pdfText(path.join(out, `masterplan-kota-contoh${doc}.pdf`)))
    .join("\n");
});

it("signs as the Wali Kota, with a blank for the unknown name", () => {
  expect(last).toContain("WALI KOTA CONTOH,");
  expect(last).toContain("………");
  expect(text).toContain("RANCANGAN PERATURAN DAERAH KOTA CONTOH");
});

it("prints no word of the bundled regency and none of its periods", () => {
  for (const word of [
    "Bupati",
    "BUPATI",
    "Kabupaten",
    "KABUPATEN",
    "Purbalingga",
    "Bappelitbangda",
    "2025–2045",
  ])
    expect(all, word).not.toContain(word);
});

it("prints no value for an unknown fact", () => {
  expect(all).not.toMatch(/Rp 0\b/);
  expect(text).not.toContain("Progres 0");
  expect(text).toContain("sebagian belum diketahui");
});

it("says which face it used, and fits every table in the text width", () => {
  expect(stderr).toMatch(/font: [A-Z]/);
  expect(stderr).not.toContain("wider than the text area");
});

it("numbers only the tables it prints: a quick win without milestones or risks says so in words", () => {
  const quickWin = all.slice(all.indexOf("DOKUMEN PROFIL QUICK WIN"));
  expect(quickWin).toContain("Tonggak capaian: belum disusun.");
  const sections = quickWin.split(/\n\s*(?=Tabel \d+\.1 )/).slice(1);
  expect(sections.length).toBeGreaterThan(1);
  for (const section of sections) {
    const numbers = [...section.matchAll(/Tabel \d+\.(\d+) /g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  }
  // The booklet gives the region's facts even before readiness is scored.
  expect(all).toContain("Kondisi Umum Wilayah");
});
