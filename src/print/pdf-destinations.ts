import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from "pdf-lib";

/**
 * The named destinations of a PDF (anchor id → 1-based page). Chromium writes one for every
 * element an internal link points at, so the table of contents' targets are all here.
 */
export async function readDestinations(bytes: Uint8Array): Promise<Map<string, number>> {
  return destinationsOf(await PDFDocument.load(bytes, { updateMetadata: false }));
}

/** The named destinations of a PDF already parsed. */
export function destinationsOf(doc: PDFDocument): Map<string, number> {
  const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const dests = doc.catalog.lookupMaybe(PDFName.of("Dests"), PDFDict);
  const out = new Map<string, number>();
  for (const [name, value] of dests?.entries() ?? []) {
    const dest = doc.context.lookup(value);
    const array = dest instanceof PDFDict ? dest.lookup(PDFName.of("D")) : dest;
    const target = array instanceof PDFArray ? array.get(0) : undefined;
    const page = target instanceof PDFRef ? pageIndex.get(target.toString()) : undefined;
    if (page !== undefined) out.set(name.decodeText(), page);
  }
  return out;
}
