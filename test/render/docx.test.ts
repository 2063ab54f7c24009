import { strFromU8, unzipSync } from "fflate";
import { expect, it } from "vitest";
import { figuresOnly, renderDocx, type DocxOptions } from "../../src/render/docx.js";

const options: DocxOptions = {
  paper: {
    size: "f4",
    widthMm: 215,
    heightMm: 330,
    margins: { top: 2.5, bottom: 2.5, left: 3, right: 2 },
    textWidthMm: 165,
  },
  metadata: { title: "Judul", author: "Penyusun", subject: "Lampiran", keywords: ["a", "b"] },
  date: new Date("2026-11-30T00:00:00Z"),
  words: { toc: "DAFTAR ISI" },
  figures: [],
};

const HTML = `<!DOCTYPE html><html><head><title>t</title><style>p{}</style></head><body>
<section class="chapter"><h1 id="bab-1"><span class="chapter-label">BAB I</span> <span class="chapter-title">PENDAHULUAN</span></h1>
<p>Teks <em class="foreign">smart city</em> dan <strong>tebal</strong> <span class="nowrap">TAHUN 2025–2045</span>.</p>
<aside class="drafting-note"><span class="drafting-note-label">Catatan penyusunan:</span> usulan.</aside>
<ol class="legal"><li>satu;</li><li>dua.</li></ol>
<table class="grid"><thead><tr><th rowspan="2">A</th><th colspan="2">B</th></tr><tr><th>B1</th><th>B2</th></tr></thead>
<tbody><tr><td>x</td><td>1</td><td>2</td></tr></tbody></table></section></body></html>`;

const documentXml = async (html: string) =>
  strFromU8(unzipSync(await renderDocx(html, options))["word/document.xml"]!);

it("sets headings in Word's heading styles, a chapter on a new page, its label on a line of its own", async () => {
  const xml = await documentXml(HTML);
  expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
  expect(xml).toContain("<w:pageBreakBefore/>");
  expect(xml).toMatch(/BAB I<\/w:t>.*<w:br\/>.*PENDAHULUAN/);
});

it("keeps italics, bold and unbreakable year ranges, and boxes a drafting note", async () => {
  const xml = await documentXml(HTML);
  expect(xml).toMatch(/<w:i\/>[^]*?smart city/);
  expect(xml).toMatch(/<w:b\/>[^]*?tebal/);
  expect(xml).toContain("TAHUN\u00a02025\u2060–\u20602045");
  expect(xml).toMatch(/<w:pBdr>[^]*?Catatan penyusunan:/);
});

it("numbers lists in legal outline and makes real tables with repeating, merged header rows", async () => {
  const xml = await documentXml(HTML);
  expect((xml.match(/<w:numPr>/g) ?? []).length).toBe(2);
  expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBe(2);
  expect(xml).toContain('<w:gridSpan w:val="2"/>');
  expect(xml).toContain('<w:vMerge w:val="restart"/>');
});

it("gives the same bytes for the same HTML and date, and another date otherwise", async () => {
  const a = await renderDocx(HTML, options);
  const b = await renderDocx(HTML, options);
  expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  const core = strFromU8(unzipSync(a)["docProps/core.xml"]!);
  expect(core).toContain("2026-11-30T00:00:00Z");
  const later = await renderDocx(HTML, { ...options, date: new Date("2027-01-01T00:00:00Z") });
  expect(Buffer.compare(Buffer.from(a), Buffer.from(later))).not.toBe(0);
});

it("hands the browser the figures alone, in order, with the document's head", () => {
  const page = figuresOnly(
    `<html><head><style>.x{}</style></head><body><p>teks</p><figure class="a"><svg></svg></figure><p>lagi</p><figure class="b"><svg></svg></figure></body></html>`,
  );
  expect(page).toContain("<style>.x{}</style>");
  expect(page).not.toContain("teks");
  expect(page.indexOf('class="a"')).toBeLessThan(page.indexOf('class="b"'));
});
