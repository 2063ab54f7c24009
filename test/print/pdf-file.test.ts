import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { finishPdf } from "../../src/print/finish-pdf.js";
import { destinationsOf } from "../../src/print/pdf-destinations.js";
import { listFonts } from "../../src/print/pdf-fonts.js";
import { Name, PdfError, PdfFile, Ref, Str, isDict, type Dict } from "../../src/print/pdf-file.js";
import { classicPdf } from "../helpers/pdf-bytes.js";

const content = "BT /F1 12 Tf (endobj \\) inside) Tj ET";
const sample = () =>
  classicPdf(
    {
      1: "<</Type /Catalog\n/Pages 2 0 R\n/Dests <</bab-1 [3 0 R /XYZ 0 800 0]\n/caf#C3#A9 5 0 R>>\n/StructTreeRoot 8 0 R\n/OpenAction <</S /JavaScript /JS (app.alert\\(1\\))>>>>",
      2: "<</Type /Pages\n/Count 2\n/Kids [3 0 R 4 0 R]>>",
      3: `<</Type /Page\n/Parent 2 0 R\n/MediaBox [0 0 609.12 935.03998]\n/Contents 6 0 R\n/Resources <</Font <</F1 11 0 R>>>>\n/Annots [13 0 R 14 0 R 15 0 R]>>`,
      4: "<</Type /Page\n/Parent 2 0 R\n/MediaBox [0 0 609.12 935.03998]>>",
      5: "<</D [4 0 R /Fit]>>",
      6: `<</Length 7 0 R>> stream\n${content}\nendstream`,
      7: String(content.length),
      8: "<</Type /StructTreeRoot\n/K 9 0 R\n/IDTree 12 0 R>>",
      9: "<</Type /StructElem\n/S /Table\n/ID (dom-77)\n/K [10 0 R 16 0 R]>>",
      10: "<</Type /StructElem\n/S /TD\n/A <</O /Table\n/Headers [(dom-99)]>>\n/K 0>>",
      11: "<</Type /Font\n/Subtype /TrueType\n/BaseFont /ABCDEF+TeXGyreBonum-Regular\n/FontDescriptor <</FontFile2 6 0 R>>>>",
      12: "<</Names [(dom-77) 9 0 R (dom-99) 16 0 R]>>",
      13: "<</Type /Annot\n/Subtype /Link\n/A <</S /URI\n/URI (https://purbalinggakab.go.id/)>>>>",
      14: "<</Type /Annot\n/Subtype /Link\n/A <</S /URI\n/URI (javascript:alert\\(1\\))>>>>",
      15: "<</Type /Annot\n/Subtype /Link\n/Dest /bab-1>>",
      16: "<</Type /StructElem\n/S /TH\n/ID <646F6D2D3939>\n/K 1>>",
      17: "<</Note (a text that ends in endstream)>>",
    },
    1,
  );

describe("reading a PDF as objects", () => {
  it("parses names, strings, numbers, references and streams with indirect lengths", () => {
    const pdf = new PdfFile(sample());
    const catalog = pdf.get(1) as Dict;
    expect(catalog.get("Pages")).toEqual(new Ref(2, 0));
    const action = catalog.get("OpenAction") as Dict;
    expect((action.get("JS") as Str).text()).toBe("app.alert(1)");
    expect((pdf.get(3) as Dict).get("MediaBox")).toEqual([0, 0, 609.12, 935.03998]);
    expect(pdf.isStream(6)).toBe(true);
    expect(((pdf.get(16) as Dict).get("ID") as Str).text()).toBe("dom-99");
    expect(pdf.numbers()).toHaveLength(17);
    // Words inside a stream or a string do not end an object or make it a stream.
    expect(pdf.isStream(17)).toBe(false);
    expect(pdf.objectsWith("endobj")).toEqual([]);
    expect(pdf.objectsWith("/StructElem")).toEqual([9, 10, 16]);
  });

  it("finds named destinations, by array or by dictionary, with escaped names", () => {
    expect([...destinationsOf(new PdfFile(sample()))]).toEqual([
      ["bab-1", 1],
      ["café", 2],
    ]);
  });

  it("lists fonts and whether they are embedded", () => {
    expect(listFonts(new PdfFile(sample()))).toEqual([
      { name: "ABCDEF+TeXGyreBonum-Regular", subtype: "TrueType", embedded: true },
    ]);
  });

  it("refuses what is not a PDF it can read, with its own error", () => {
    expect(() => new PdfFile(Buffer.from("%PDF-1.4\nnothing here"))).toThrow(PdfError);
    const broken = sample();
    broken.write("9999999", broken.lastIndexOf("startxref") + 10, "latin1");
    expect(() => new PdfFile(broken)).toThrow(PdfError);
  });
});

describe("finishing a PDF", () => {
  const meta = {
    title: "Masterplan Smart City — Kota Contoh",
    author: "Pemerintah Kota Contoh",
    subject: "LAMPIRAN",
    keywords: ["smart", "city"],
    creator: "masterplan",
    date: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)),
    paper: { widthMm: 215, heightMm: 330 },
    bookmarkTitles: [],
  };

  it("writes a file other readers open, with metadata, exact pages and only safe links", async () => {
    const finished = finishPdf(new PdfFile(sample()), meta);
    expect(finished.pages).toBe(2);
    expect(finished.removedLinks).toEqual(["javascript:alert(1)"]);
    const dir = mkdtempSync(path.join(os.tmpdir(), "mp-pdf-"));
    const file = path.join(dir, "out.pdf");
    writeFileSync(file, finished.pdf);
    expect(execFileSync("qpdf", ["--check", file], { encoding: "utf8" })).toContain(
      "No syntax or stream encoding errors",
    );
    const doc = await PDFDocument.load(finished.pdf, { updateMetadata: false });
    expect(doc.getTitle()).toBe(meta.title);
    expect(doc.getAuthor()).toBe(meta.author);
    expect(doc.getKeywords()).toBe("smart city");
    expect(doc.getCreationDate()?.toISOString()).toBe("2026-01-02T03:04:05.000Z");
    const [width, height] = [doc.getPage(0).getWidth(), doc.getPage(0).getHeight()];
    expect([width.toFixed(2), height.toFixed(2)]).toEqual(["609.45", "935.43"]);
    // The page content, a stream with an indirect length, is carried over byte for byte.
    const contents = doc.getPage(0).node.lookup(PDFName.of("Contents"));
    expect(contents).toBeInstanceOf(PDFRawStream);
    expect(Buffer.from((contents as PDFRawStream).contents).toString("latin1")).toBe(content);
    const annots = doc.getPage(0).node.lookup(PDFName.of("Annots"), PDFArray);
    expect(annots.size()).toBe(2);
    expect(doc.catalog.has(PDFName.of("OpenAction"))).toBe(false);
    expect(doc.catalog.lookup(PDFName.of("Lang"))?.toString()).toMatch(/id-ID|<69642D4944>/);
  });

  it("renames structure ids in tree order, with the header cells that name them", async () => {
    const finished = finishPdf(new PdfFile(sample()), meta);
    const doc = await PDFDocument.load(finished.pdf, { updateMetadata: false });
    const root = doc.catalog.lookup(PDFName.of("StructTreeRoot"), PDFDict);
    const names = root.lookup(PDFName.of("IDTree"), PDFDict).lookup(PDFName.of("Names"), PDFArray);
    const pairs = names.asArray().map((v) => (v instanceof PDFRef ? v.objectNumber : v));
    const text = (v: unknown) => (v as { decodeText(): string }).decodeText();
    expect([text(pairs[0]), pairs[1], text(pairs[2]), pairs[3]]).toEqual([
      "node00000001",
      9,
      "node00000002",
      16,
    ]);
    const cell = doc.context.lookup(PDFRef.of(10), PDFDict);
    const headers = cell.lookup(PDFName.of("A"), PDFDict).lookup(PDFName.of("Headers"), PDFArray);
    expect(headers.asArray().map(text)).toEqual(["node00000002"]);
    // The old name tree is gone, not left with the old ids.
    expect(Buffer.from(finished.pdf).includes("dom-77")).toBe(false);
  });

  it("gives the same bytes for the same input", () => {
    const a = finishPdf(new PdfFile(sample()), meta).pdf;
    const b = finishPdf(new PdfFile(sample()), meta).pdf;
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });

  it("writes changed values back as PDF syntax", () => {
    const pdf = new PdfFile(sample());
    const page = pdf.get(4) as Dict;
    page.set("Tabs", new Name("S"));
    page.set("Note", Str.of("Rp 1.000 — ¾"));
    pdf.set(4, page);
    const read = pdf.get(4);
    expect(isDict(read) && (read.get("Note") as Str).text()).toBe("Rp 1.000 — ¾");
    expect(isDict(read) && read.get("Tabs")).toEqual(new Name("S"));
  });
});
