import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFRef,
  PDFString,
  type PDFDocument,
} from "pdf-lib";

type Text = PDFString | PDFHexString;
const isText = (o: unknown): o is Text => o instanceof PDFString || o instanceof PDFHexString;

/**
 * Renames the ids of the tagged structure's elements by their order in the tree. Chromium
 * names them after its DOM node ids, which depend on what happened to the page before it
 * printed (a first print, page numbers written in place): the same document would otherwise
 * give different bytes from a first and a later build. The /IDTree is rebuilt, sorted, and
 * table cells' /Headers follow their header cells.
 */
export function renumberStructureIds(doc: PDFDocument): void {
  const root = doc.catalog.lookupMaybe(PDFName.of("StructTreeRoot"), PDFDict);
  if (!root) return;
  const renamed = new Map<string, string>();
  /** Elements with an id, for the name tree. */
  const elements: Array<{ dict: PDFDict; ref: PDFRef }> = [];
  /** Every element: a table cell without an id of its own may name its header cells. */
  const all: PDFDict[] = [];
  const seen = new Set<PDFDict>();
  const walk = (kids: unknown) => {
    const items = kids instanceof PDFArray ? kids.asArray() : [kids];
    for (const item of items) {
      if (!(item instanceof PDFRef)) continue;
      const dict = doc.context.lookup(item);
      if (!(dict instanceof PDFDict) || seen.has(dict) || !dict.has(PDFName.of("S"))) continue;
      seen.add(dict);
      all.push(dict);
      const id = dict.get(PDFName.of("ID"));
      if (isText(id)) {
        renamed.set(id.decodeText(), `node${String(renamed.size + 1).padStart(8, "0")}`);
        elements.push({ dict, ref: item });
      }
      walk(dict.get(PDFName.of("K")));
    }
  };
  walk(root.get(PDFName.of("K")));
  if (renamed.size === 0) return;
  const rename = (t: Text) => PDFString.of(renamed.get(t.decodeText()) ?? t.decodeText());
  for (const { dict } of elements)
    dict.set(PDFName.of("ID"), rename(dict.get(PDFName.of("ID")) as Text));
  for (const dict of all) {
    const attributes = dict.get(PDFName.of("A"));
    const list = attributes instanceof PDFArray ? attributes.asArray() : [attributes];
    for (const a of list) {
      const attr = a instanceof PDFRef ? doc.context.lookup(a) : a;
      if (!(attr instanceof PDFDict)) continue;
      const headers = attr.get(PDFName.of("Headers"));
      if (headers instanceof PDFArray)
        attr.set(
          PDFName.of("Headers"),
          doc.context.obj(headers.asArray().map((h) => (isText(h) ? rename(h) : h))),
        );
    }
  }
  // One flat name tree, keys in order: the new ids sort as they are numbered. The old tree's
  // nodes go, or they would stay in the file with the old ids.
  const drop = (node: unknown) => {
    if (!(node instanceof PDFRef)) return;
    const dict = doc.context.lookup(node);
    const kids = dict instanceof PDFDict ? dict.get(PDFName.of("Kids")) : undefined;
    if (kids instanceof PDFArray) kids.asArray().forEach(drop);
    doc.context.delete(node);
  };
  drop(root.get(PDFName.of("IDTree")));
  const names: Array<PDFString | PDFRef> = [];
  for (const { dict, ref } of elements) names.push(dict.get(PDFName.of("ID")) as PDFString, ref);
  root.set(PDFName.of("IDTree"), doc.context.register(doc.context.obj({ Names: names })));
}
