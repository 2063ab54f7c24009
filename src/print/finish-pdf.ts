import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from "pdf-lib";
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
): Promise<{ pdf: Uint8Array; pages: number; fonts: PdfFont[]; removedLinks: string[] }> {
  // Chromium rounds the page to a 1/300 inch grid (F4 comes out 609.12 × 935.04 pt); set the
  // exact size, which widens the right and top margins by a fraction of a millimetre.
  const width = meta.paper.widthMm * POINTS_PER_MM;
  const height = meta.paper.heightMm * POINTS_PER_MM;
  for (const page of doc.getPages()) {
    page.setMediaBox(0, 0, width, height);
    page.setCropBox(0, 0, width, height);
  }
  retitleOutline(doc, meta.bookmarkTitles);
  const removedLinks = removeForeignLinks(doc);
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
  return { pdf, pages: doc.getPageCount(), fonts: listFonts(doc), removedLinks };
}

/**
 * Only two kinds of link may stay in the PDF, whatever the templates wrote: to an http(s)
 * address, and to a place in the document. Any other action (javascript:, file:, launching a
 * program, a script run on opening) is removed. Returns the targets removed.
 */
export function removeForeignLinks(doc: PDFDocument): string[] {
  const removed: string[] = [];
  const S = PDFName.of("S");
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of("Annots"), PDFArray);
    if (!annots) continue;
    for (let i = annots.size() - 1; i >= 0; i--) {
      const annot = annots.lookupMaybe(i, PDFDict);
      const action = annot?.lookupMaybe(PDFName.of("A"), PDFDict);
      const additional = annot?.get(PDFName.of("AA"));
      if (!action && !additional) continue;
      const kind = action?.lookupMaybe(S, PDFName)?.asString();
      const uri = action?.lookup(PDFName.of("URI"));
      const target =
        uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText() : (kind ?? "");
      const internal = kind === "/GoTo";
      const web = kind === "/URI" && /^https?:\/\//i.test(target.trim());
      if ((internal || web) && !additional) continue;
      removed.push(target || "an action");
      const ref = annots.get(i);
      annots.remove(i);
      if (ref instanceof PDFRef) doc.context.delete(ref);
    }
  }
  // Nothing may run when the document opens.
  doc.catalog.delete(PDFName.of("OpenAction"));
  doc.catalog.delete(PDFName.of("AA"));
  doc.catalog.lookupMaybe(PDFName.of("Names"), PDFDict)?.delete(PDFName.of("JavaScript"));
  return removed;
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
