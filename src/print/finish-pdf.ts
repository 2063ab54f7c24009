import { PDFDict, PDFDocument, PDFHexString, PDFName } from "pdf-lib";
import { listFonts, type PdfFont } from "./pdf-fonts.js";
import { renumberStructureIds } from "./structure-ids.js";

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  creator: string;
  /** Creation and modification date: SOURCE_DATE_EPOCH for reproducible builds. */
  date: Date;
  /** The exact paper size in millimetres. */
  paper: { widthMm: number; heightMm: number };
  /**
   * Bookmark titles in outline order. Chromium drops the space where a heading wraps
   * ("BAB IVVISI"), so the titles are rewritten from the headings' own text.
   */
  bookmarkTitles: readonly string[];
}

const POINTS_PER_MM = 72 / 25.4;

/**
 * Writes the document metadata and rewrites the file with compressed object streams: the
 * tagged structure tree Chromium writes uncompressed shrinks several times. It works on the PDF
 * as parsed once after printing. The output depends only on its input, so equal sources and
 * dates give equal bytes.
 */
export async function finishPdf(
  doc: PDFDocument,
  meta: PdfMetadata,
): Promise<{ pdf: Uint8Array; pages: number; fonts: PdfFont[] }> {
  // Chromium rounds the page to a 1/300 inch grid (F4 comes out 609.12 × 935.04 pt); set the
  // exact size, which widens the right and top margins by a fraction of a millimetre.
  const width = meta.paper.widthMm * POINTS_PER_MM;
  const height = meta.paper.heightMm * POINTS_PER_MM;
  for (const page of doc.getPages()) {
    page.setMediaBox(0, 0, width, height);
    page.setCropBox(0, 0, width, height);
  }
  retitleOutline(doc, meta.bookmarkTitles);
  renumberStructureIds(doc);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.creator);
  doc.setLanguage("id-ID");
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  const pdf = await doc.save({
    useObjectStreams: true,
    addDefaultPage: false,
    updateFieldAppearances: false,
  });
  return { pdf, pages: doc.getPageCount(), fonts: listFonts(doc) };
}

function retitleOutline(doc: PDFDocument, titles: readonly string[]): void {
  const items: PDFDict[] = [];
  const walk = (first: PDFDict | undefined) => {
    for (
      let item = first;
      item && !items.includes(item);
      item = item.lookupMaybe(PDFName.of("Next"), PDFDict)
    ) {
      items.push(item);
      walk(item.lookupMaybe(PDFName.of("First"), PDFDict));
    }
  };
  walk(
    doc.catalog
      .lookupMaybe(PDFName.of("Outlines"), PDFDict)
      ?.lookupMaybe(PDFName.of("First"), PDFDict),
  );
  if (items.length !== titles.length) return;
  items.forEach((item, i) => item.set(PDFName.of("Title"), PDFHexString.fromText(titles[i]!)));
}
