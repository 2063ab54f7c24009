import { PdfFile, Ref, isDict, decodeName, type Value } from "./pdf-file.js";

/**
 * The named destinations of a PDF (anchor id → 1-based page). Chromium writes one for every
 * element an internal link points at, so the table of contents' targets are all here.
 */
export function readDestinations(bytes: Uint8Array): Map<string, number> {
  return destinationsOf(new PdfFile(bytes));
}

/** The pages of a PDF in order, as object numbers. */
export function pageNumbers(pdf: PdfFile): number[] {
  const pages: number[] = [];
  const seen = new Set<number>();
  const walk = (ref: Value | undefined) => {
    if (!(ref instanceof Ref) || seen.has(ref.num)) return;
    seen.add(ref.num);
    const node = pdf.get(ref.num);
    if (!isDict(node)) return;
    const kids = node.get("Kids");
    if (Array.isArray(kids)) kids.forEach(walk);
    else pages.push(ref.num);
  };
  const catalog = pdf.get(pdf.rootNum);
  walk(isDict(catalog) ? catalog.get("Pages") : undefined);
  return pages;
}

/** The named destinations of a PDF already read. */
export function destinationsOf(pdf: PdfFile): Map<string, number> {
  const pageIndex = new Map(pageNumbers(pdf).map((num, i) => [num, i + 1]));
  const catalog = pdf.get(pdf.rootNum);
  const dests = isDict(catalog) ? pdf.resolve(catalog.get("Dests")) : null;
  const out = new Map<string, number>();
  if (!isDict(dests)) return out;
  for (const [name, value] of dests) {
    const dest = pdf.resolve(value);
    const array = isDict(dest) ? pdf.resolve(dest.get("D")) : dest;
    const target = Array.isArray(array) ? array[0] : undefined;
    const page = target instanceof Ref ? pageIndex.get(target.num) : undefined;
    if (page !== undefined) out.set(decodeName(name), page);
  }
  return out;
}
