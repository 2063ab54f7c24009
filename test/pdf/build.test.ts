import { mkdir, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { copyPlan, runCli } from "../helpers/cli.js";
import {
  medianWordHeight,
  pageNumberHeight,
  pdfFonts,
  pdfInfo,
  pdfOutline,
  pdfText,
} from "../helpers/pdf.js";

// These tests print with the real Chromium and read the PDF back with poppler and qpdf.

/** A folder's files as a user lists them: the page-number cache is a hidden file. */
const visible = async (dir: string) => (await readdir(dir)).filter((f) => !f.startsWith("."));
const EPOCH = { SOURCE_DATE_EPOCH: "1767225600" };
const NAME = "masterplan-smart-city-purbalingga";
let out: string;
let pdf: string;
let html: string;
let pages: number;

beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), "mp-build-"));
  const r = await runCli(["build", "masterplan", "--out", out], { env: EPOCH });
  expect(r.stderr).toContain("Wrote");
  expect(r.code).toBe(0);
  // Every table fits the text width, so Chromium prints the pages at full size.
  expect(r.stderr).not.toContain("wider than the text area");
  pdf = path.join(out, `${NAME}.pdf`);
  html = await readFile(path.join(out, `${NAME}.html`), "utf8");
  pages = Number(pdfInfo(pdf).Pages);
});

describe("the Lampiran PDF", () => {
  it("is F4 with at least 30 pages, and says so in its metadata", () => {
    const info = pdfInfo(pdf);
    expect(info["Page size"]).toBe("609.449 x 935.433 pts");
    expect(pages).toBeGreaterThanOrEqual(30);
    expect(info.Title).toBe("Masterplan Smart City Kabupaten Purbalingga Tahun 2025–2045");
    expect(info.Author).toBe("Pemerintah Kabupaten Purbalingga");
    expect(info.Subject).toContain("RANCANGAN PERATURAN DAERAH KABUPATEN PURBALINGGA");
    expect(info.Keywords).toContain("Smart Governance");
    expect(info.Tagged).toBe("yes");
  });

  it("prints at full size: body words stand as tall as the 12 pt page number", () => {
    // Content wider than the text area makes Chromium shrink every page but its margin boxes,
    // so the running page number (12 pt, same face) is the reference. Page 3 and the first
    // page of BAB I hold running text.
    const bab1 = pdfOutline(pdf).find((b) => b.title.startsWith("BAB I "))!.page;
    for (const page of [3, bab1]) {
      const ratio = medianWordHeight(pdf, page) / pageNumberHeight(pdf, page);
      expect(ratio, `page ${page}`).toBeGreaterThan(0.97);
      expect(ratio, `page ${page}`).toBeLessThan(1.03);
    }
  });

  it("is set in a Bookman design embedded as TrueType, none as Type 3", () => {
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.some((f) => /BookmanOldStyle|TeXGyreBonum/.test(f.name))).toBe(true);
    for (const f of fonts) {
      expect(f.embedded, f.name).toBe(true);
      expect(f.type, f.name).not.toMatch(/Type 3/);
      expect(f.type, f.name).toMatch(/TrueType/);
    }
  });

  it("opens with the Lampiran heading and closes with the signature", () => {
    const first = pdfText(pdf, 1);
    for (const line of [
      "LAMPIRAN",
      "RANCANGAN PERATURAN DAERAH",
      "KABUPATEN PURBALINGGA",
      "TENTANG",
      "DAFTAR ISI",
    ])
      expect(first).toContain(line);
    // The regulation line stays whole, as the heading block is as wide as it.
    expect(first.split("\n").map((l) => l.trim())).toContain(
      "RANCANGAN PERATURAN DAERAH KABUPATEN PURBALINGGA",
    );
    const last = pdfText(pdf, pages);
    expect(last).toContain("BUPATI PURBALINGGA,");
    expect(last).toContain("FAHMI MUHAMMAD HANIF");
  });

  it("holds the six dimensions, the quick wins and Rupiah amounts as text", () => {
    const text = pdfText(pdf);
    for (const d of ["Governance", "Branding", "Economy", "Living", "Society", "Environment"])
      expect(text).toContain(`Smart ${d}`);
    expect(text).toContain("Quick Win");
    expect(text).toMatch(/Rp \d{1,3}(\.\d{3})+/);
    expect(text).toContain("belum ditetapkan");
    expect(text).toContain("………");
    expect(text).not.toMatch(/NaN|undefined|\[object Object\]/);
    // Ids are for the files: the page shows labels or blanks.
    expect(text).not.toMatch(/\b(misi|sasaran)-\d/);
    expect(text).toMatch(/Tabel 2\.1\s+Kondisi Umum Wilayah/);
    expect(text).toContain("DAFTAR ISTILAH DAN SINGKATAN");
  });

  it("prints each total once: as many total rows as the HTML holds", () => {
    const inHtml = [...html.matchAll(/<tr class="total">/g)].length;
    const inPdf = pdfText(pdf)
      .split("\n")
      .filter((l) => /^\s*Jumlah\s+(Rp\s|\d)/.test(l)).length;
    expect(inHtml).toBeGreaterThan(10);
    expect(inPdf).toBe(inHtml);
  });

  it("leaves no page holding only the last row or two of a table", () => {
    const lines = (page: number) =>
      pdfText(pdf, page)
        .split("\n")
        .map((l) => l.trim().replace(/\s{2,}/g, "  "))
        .filter((l) => l && !/^- \d+ -$/.test(l));
    for (let page = 2; page < pages; page++) {
      // A header row repeated from the page before is not a row of the tail.
      const before = new Set(lines(page - 1));
      const own = lines(page).filter((l) => !before.has(l));
      const tabular = own.every((l) => l.includes("  "));
      expect(tabular && own.length <= 2, `page ${page}: ${own.join(" | ")}`).toBe(false);
    }
  });

  it("numbers every BAB line of the table of contents with the page its chapter starts on", () => {
    const texts = Array.from({ length: pages }, (_, i) =>
      pdfText(pdf, i + 1)
        .split("\n")
        .map((l) => l.trim()),
    );
    const tocEntries = texts
      .slice(0, 3)
      .flat()
      .map((l) => /^(BAB [IVXLC]+)\s+(\S.*?)\s+(\d+)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null);
    expect(tocEntries.map((m) => m[1])).toEqual([
      "BAB I",
      "BAB II",
      "BAB III",
      "BAB IV",
      "BAB V",
      "BAB VI",
      "BAB VII",
      "BAB VIII",
      "BAB IX",
      "BAB X",
      "BAB XI",
    ]);
    for (const [, label, , page] of tocEntries) {
      const starts = texts.findIndex((lines) => lines.includes(label!)) + 1;
      expect(starts, label).toBe(Number(page));
    }
  });

  it("keeps 'TAHUN 2025–2045' whole on page 1, in the heading block and the title", () => {
    const lines = pdfText(pdf, 1)
      .split("\n")
      .map((l) => l.trim());
    const whole = lines.filter((l) => /(^|\s)TAHUN 2025–2045$/.test(l));
    // The Lampiran heading block and the centred title each hold it on one line.
    expect(whole.length, lines.slice(0, 12).join("\n")).toBeGreaterThanOrEqual(2);
    expect(lines.some((l) => /TAHUN$|2025–$|^2045$/.test(l))).toBe(false);
  });

  it("has a bookmark per chapter, landing on its heading, with sections under it", () => {
    // Bab XI's one section carries the chapter's own title, so it is folded into the chapter.
    const folded = new Set(["BAB XI"]);
    const [glossary, ...outline] = pdfOutline(pdf);
    expect(glossary!.title).toBe("DAFTAR ISTILAH DAN SINGKATAN");
    expect(pdfText(pdf, glossary!.page)).toContain("DAFTAR ISTILAH DAN SINGKATAN");
    expect(outline).toHaveLength(11);
    for (const chapter of outline) {
      const label = /^BAB [IVXLC]+(?= )/.exec(chapter.title)?.[0];
      expect(label, chapter.title).toBeDefined();
      expect(
        pdfText(pdf, chapter.page)
          .split("\n")
          .map((l) => l.trim()),
      ).toContain(label);
      if (folded.has(label!)) expect(chapter.kids, chapter.title).toHaveLength(0);
      else expect(chapter.kids.length, chapter.title).toBeGreaterThan(0);
      for (const kid of chapter.kids) expect(kid.page).toBeGreaterThanOrEqual(chapter.page);
    }
  });

  it("writes HTML without script", () => {
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<script/i);
  });

  it("prints once when an earlier build left its page numbers, with the same bytes", async () => {
    const cold = await readFile(pdf);
    const r = await runCli(["build", "masterplan", "--out", out], { env: EPOCH });
    expect(r.code).toBe(0);
    // On a terminal the steps show; here, each step is one line.
    expect(r.stderr).toContain("print pass 1 done");
    expect(r.stderr).not.toContain("print pass 2");
    expect(Buffer.compare(await readFile(pdf), cold)).toBe(0);
  });

  it("prints twice again when the cached page numbers are wrong or unreadable", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "mp-stale-"));
    await writeFile(path.join(dir, `.${NAME}.pages.json`), '{"version":1,"pages":{"bab-1":99}}');
    const r = await runCli(["build", "masterplan", "--out", dir, "--only", "pdf"], { env: EPOCH });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("print pass 2 done");
    expect(Buffer.compare(await readFile(path.join(dir, `${NAME}.pdf`)), await readFile(pdf))).toBe(
      0,
    );
    await writeFile(path.join(dir, `.${NAME}.pages.json`), "not json");
    expect((await runCli(["build", "masterplan", "--out", dir, "--only", "pdf"])).code).toBe(0);
  });

  it("gives identical bytes for the same sources and SOURCE_DATE_EPOCH", async () => {
    const again = await mkdtemp(path.join(os.tmpdir(), "mp-build-"));
    const r = await runCli(["build", "masterplan", "--out", again, "--only", "pdf"], {
      env: EPOCH,
    });
    expect(r.code).toBe(0);
    expect(
      Buffer.compare(await readFile(path.join(again, `${NAME}.pdf`)), await readFile(pdf)),
    ).toBe(0);
    expect(await visible(again)).toEqual([`${NAME}.pdf`]);
  });
});

describe("masterplan build safety", () => {
  it("renders hostile markdown inert, and the page requests nothing", async () => {
    const hits: string[] = [];
    const server = createServer((req, res) => {
      hits.push(req.url ?? "");
      res.end("x");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const dir = await copyPlan();
      const file = path.join(dir, "programs", "governance", "matur-bupati-terpadu.yaml");
      const evil = [
        "description: |",
        "  <script>fetch('http://127.0.0.1:PORT/script')</script>",
        "  <img src=http://127.0.0.1:PORT/img>",
        '  <iframe src="http://127.0.0.1:PORT/iframe"></iframe>',
        "  [klik](javascript:fetch('http://127.0.0.1:PORT/js'))",
        "  ![peta](http://127.0.0.1:PORT/markdown-image.png)",
        "output:",
      ]
        .join("\n")
        .replaceAll("PORT", String(port));
      const text = (await readFile(file, "utf8")).replace(
        /description: >-\n(?: {2}.*\n)+output:/,
        evil,
      );
      expect(text).toContain("<iframe");
      await writeFile(file, text);
      const target = await mkdtemp(path.join(os.tmpdir(), "mp-evil-"));
      const r = await runCli(["build", dir, "--out", target]);
      expect(r.code).toBe(0);
      const page = await readFile(path.join(target, `${NAME}.html`), "utf8");
      expect(page).not.toMatch(/<script|<iframe|<img|href="javascript:/i);
      expect(page).toContain("&lt;script&gt;");
      expect(page).toContain("[peta]");
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(hits).toEqual([]);
    } finally {
      server.close();
    }
  });

  it("leaves the previous PDF byte-identical when the plan is broken", async () => {
    const before = await readFile(pdf);
    const dir = await copyPlan();
    const file = path.join(dir, "programs", "economy", "kepenak-ngodene.yaml");
    await writeFile(
      file,
      (await readFile(file, "utf8")).replace(
        "lead_agency: dinnakerkopukm",
        "lead_agency: no-such-agency",
      ),
    );
    const r = await runCli(["build", dir, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("ref/unknown-agency");
    expect(Buffer.compare(await readFile(pdf), before)).toBe(0);
    expect((await visible(out)).sort()).toEqual([`${NAME}.html`, `${NAME}.pdf`]);
  });

  it("exits 2 with a plain message for a browser that does not exist", async () => {
    const target = await mkdtemp(path.join(os.tmpdir(), "mp-nobrowser-"));
    const r = await runCli(["build", "masterplan", "--out", target, "--browser", "/nonexistent"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "The browser given by --browser (/nonexistent) does not exist or cannot be run.",
    );
    expect(r.stderr).toContain("apt-get install -y chromium");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(await readdir(target)).toEqual([]);
  });

  it("says so when content is wider than the page", async () => {
    const dir = await copyPlan();
    const file = path.join(dir, "programs", "governance", "matur-bupati-terpadu.yaml");
    const long = "Desa_".repeat(40);
    await writeFile(
      file,
      (await readFile(file, "utf8")).replace(/^location: .*$/m, `location: ${long}`),
    );
    const target = await mkdtemp(path.join(os.tmpdir(), "mp-wide-"));
    const r = await runCli(["build", dir, "--out", target, "--only", "pdf"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/note: Some content is \d+ px wider than the text area/);
    expect(r.stderr).toMatch(/the table “Tabel 6\.\d+ Profil Program Kanal Pengaduan/);
  });

  it("reports a broken template override as a plan error, exit 1", async () => {
    const dir = await copyPlan();
    await mkdir(path.join(dir, "templates", "partials"), { recursive: true });
    await writeFile(path.join(dir, "templates", "partials", "signature.hbs"), "{{nosuchfield}}\n");
    const target = await mkdtemp(path.join(os.tmpdir(), "mp-tpl-"));
    const r = await runCli(["build", dir, "--out", target, "--only", "html"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /templates\/partials\/signature\.hbs:1:3 error The template could not be rendered: "nosuchfield" not defined/,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(await readdir(target)).toEqual([]);
  });

  it("--only html needs no browser", async () => {
    const target = await mkdtemp(path.join(os.tmpdir(), "mp-html-"));
    const r = await runCli([
      "build",
      "masterplan",
      "--out",
      target,
      "--only",
      "html",
      "--browser",
      "/nonexistent",
    ]);
    expect(r.code).toBe(0);
    expect(await readdir(target)).toEqual([`${NAME}.html`]);
  });

  it("--paper a4 prints on A4", async () => {
    const target = await mkdtemp(path.join(os.tmpdir(), "mp-a4-"));
    const r = await runCli([
      "build",
      "masterplan",
      "--out",
      target,
      "--paper",
      "a4",
      "--only",
      "pdf",
    ]);
    expect(r.code).toBe(0);
    expect(pdfInfo(path.join(target, `${NAME}.pdf`))["Page size"]).toMatch(/^595.276 x 841.89 pts/);
  });
});

it("a copy of the plan builds from its own folder", async () => {
  const dir = await copyPlan();
  const r = await runCli(["build", "--only", "html"], { cwd: dir });
  expect(r.code).toBe(0);
  expect(await readdir(path.join(dir, "dist"))).toEqual([`${NAME}.html`]);
});
