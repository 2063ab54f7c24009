import { listFonts, type PdfFont } from "./pdf-fonts.js";
import { pageNumbers } from "./pdf-destinations.js";
import { PdfFile, Ref, Str, isDict, nameOf, type Dict, type Value } from "./pdf-file.js";
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
 * tagged structure tree Chromium writes uncompressed shrinks several times. It works on the
 * printed PDF's objects as bytes, parsing only those it reads or changes, so memory stays
 * near the file's size however long the document. The output depends only on its input, so
 * equal sources and dates give equal bytes.
 */
export function finishPdf(
  pdf: PdfFile,
  meta: PdfMetadata,
): { pdf: Uint8Array; pages: number; fonts: PdfFont[]; removedLinks: string[] } {
  // Chromium rounds the page to a 1/300 inch grid (F4 comes out 609.12 × 935.04 pt); set the
  // exact size, which widens the right and top margins by a fraction of a millimetre.
  const box = [0, 0, meta.paper.widthMm * POINTS_PER_MM, meta.paper.heightMm * POINTS_PER_MM];
  const pages = pageNumbers(pdf);
  for (const num of pages) {
    const page = pdf.dict(num);
    page.set("MediaBox", box);
    page.set("CropBox", box);
    pdf.set(num, page);
  }
  retitleOutline(pdf, meta.bookmarkTitles);
  const removedLinks = removeForeignLinks(pdf, pages);
  renumberStructureIds(pdf);
  const catalog = pdf.dict(pdf.rootNum);
  catalog.set("Lang", Str.ascii("id-ID"));
  const preferences = pdf.resolve(catalog.get("ViewerPreferences"));
  const viewer: Dict = isDict(preferences) ? preferences : new Map();
  viewer.set("DisplayDocTitle", true);
  catalog.set("ViewerPreferences", viewer);
  pdf.set(pdf.rootNum, catalog);
  const fonts = listFonts(pdf);
  const date = Str.ascii(pdfDate(meta.date));
  const info: Dict = new Map<string, Value>([
    ["Title", Str.of(meta.title)],
    ["Author", Str.of(meta.author)],
    ["Subject", Str.of(meta.subject)],
    ["Keywords", Str.of(meta.keywords.join(" "))],
    ["Creator", Str.of(meta.creator)],
    ["Producer", Str.of(meta.creator)],
    ["CreationDate", date],
    ["ModDate", date],
  ]);
  return { pdf: pdf.save(info), pages: pages.length, fonts, removedLinks };
}

/** `D:YYYYMMDDHHmmSSZ`, in UTC. */
function pdfDate(date: Date): string {
  const iso = date.toISOString();
  return `D:${iso.slice(0, 19).replace(/[-T:]/g, "")}Z`;
}

/**
 * Only two kinds of link may stay in the PDF, whatever the templates wrote: to an http(s)
 * address, and to a place in the document. Any other action (javascript:, file:, launching a
 * program, a script run on opening) is removed. Returns the targets removed.
 */
export function removeForeignLinks(pdf: PdfFile, pages: readonly number[]): string[] {
  const removed: string[] = [];
  for (const num of pages) {
    const page = pdf.dict(num);
    const listed = page.get("Annots");
    const annots = pdf.resolve(listed);
    if (!Array.isArray(annots)) continue;
    const kept = annots.filter((entry) => {
      const annot = pdf.resolve(entry);
      if (!isDict(annot)) return true;
      const action = pdf.resolve(annot.get("A"));
      const additional = annot.get("AA");
      if (!isDict(action) && additional === undefined) return true;
      const kind = isDict(action) ? nameOf(pdf.resolve(action.get("S"))) : undefined;
      const uri = isDict(action) ? pdf.resolve(action.get("URI")) : null;
      const target = uri instanceof Str ? uri.text() : (kind ?? "");
      const internal = kind === "GoTo";
      const web = kind === "URI" && /^https?:\/\//i.test(target.trim());
      if ((internal || web) && additional === undefined) return true;
      removed.push(target ? (kind && !(uri instanceof Str) ? `/${target}` : target) : "an action");
      if (entry instanceof Ref) pdf.delete(entry.num);
      return false;
    });
    if (kept.length === annots.length) continue;
    if (listed instanceof Ref) pdf.set(listed.num, kept);
    else {
      page.set("Annots", kept);
      pdf.set(num, page);
    }
  }
  // Nothing may run when the document opens.
  const catalog = pdf.dict(pdf.rootNum);
  catalog.delete("OpenAction");
  catalog.delete("AA");
  const names = pdf.resolve(catalog.get("Names"));
  if (isDict(names) && names.delete("JavaScript")) {
    if (catalog.get("Names") instanceof Ref) pdf.set((catalog.get("Names") as Ref).num, names);
    else catalog.set("Names", names);
  }
  pdf.set(pdf.rootNum, catalog);
  return removed;
}

function retitleOutline(pdf: PdfFile, titles: readonly string[]): void {
  const items: number[] = [];
  const seen = new Set<number>();
  const walk = (first: Value | undefined) => {
    for (let item = first; item instanceof Ref && !seen.has(item.num);) {
      seen.add(item.num);
      items.push(item.num);
      const dict = pdf.get(item.num);
      if (!isDict(dict)) break;
      walk(dict.get("First"));
      item = dict.get("Next");
    }
  };
  const catalog = pdf.dict(pdf.rootNum);
  const outlines = pdf.resolve(catalog.get("Outlines"));
  walk(isDict(outlines) ? outlines.get("First") : undefined);
  if (items.length !== titles.length) return;
  items.forEach((num, i) => {
    const item = pdf.dict(num);
    item.set("Title", Str.of(titles[i]!));
    pdf.set(num, item);
  });
}
