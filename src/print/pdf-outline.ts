import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, PDFHexString } from "pdf-lib";

export interface OutlineEntry {
  title: string;
  depth: number;
  /** 1-based page the bookmark lands on, or null when it has no page destination. */
  page: number | null;
}

/** The bookmarks of a PDF in document order (depth first), with the page each lands on. */
export async function readOutline(bytes: Uint8Array): Promise<OutlineEntry[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const root = doc.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict);
  const out: OutlineEntry[] = [];
  const pageOf = (item: PDFDict): number | null => {
    let dest = item.lookup(PDFName.of("Dest"));
    if (!dest) {
      const action = item.lookupMaybe(PDFName.of("A"), PDFDict);
      dest = action?.lookup(PDFName.of("D"));
    }
    if (dest instanceof PDFArray) {
      const target = dest.get(0);
      return target instanceof PDFRef ? (pageIndex.get(target.toString()) ?? null) : null;
    }
    return null;
  };
  const walk = (first: PDFDict | undefined, depth: number) => {
    const seen = new Set<PDFDict>();
    for (
      let item = first;
      item && !seen.has(item);
      item = item.lookupMaybe(PDFName.of("Next"), PDFDict)
    ) {
      seen.add(item);
      const title = item.lookup(PDFName.of("Title"));
      out.push({
        title:
          title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : "",
        depth,
        page: pageOf(item),
      });
      walk(item.lookupMaybe(PDFName.of("First"), PDFDict), depth + 1);
    }
  };
  walk(root?.lookupMaybe(PDFName.of("First"), PDFDict), 1);
  return out;
}
