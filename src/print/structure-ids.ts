import { PdfFile, Ref, Str, isDict, type Dict, type Value } from "./pdf-file.js";

/**
 * Renames the ids of the tagged structure's elements by their order in the tree. Chromium
 * names them after its DOM node ids, which depend on what happened to the page before it
 * printed (a first print, page numbers written in place): the same document would otherwise
 * give different bytes from a first and a later build. The /IDTree is rebuilt, sorted, and
 * table cells' /Headers follow their header cells.
 *
 * The tree is walked one element at a time: each is parsed, renamed if it has an id, and let
 * go, so a structure of hundreds of thousands of elements never sits in memory parsed.
 */
export function renumberStructureIds(pdf: PdfFile): void {
  const catalog = pdf.get(pdf.rootNum);
  const rootRef = isDict(catalog) ? catalog.get("StructTreeRoot") : undefined;
  const root = pdf.resolve(rootRef);
  if (!(rootRef instanceof Ref) || !isDict(root)) return;
  const renamed = new Map<string, string>();
  /** Elements with an id, in tree order, for the name tree. */
  const named: Array<{ id: string; num: number }> = [];
  /** Elements whose attributes may name header cells, to rewrite once every id is known. */
  const withAttributes: number[] = [];
  const seen = new Set<number>();
  // Depth first, children in order, without recursion: a deep tree must not exhaust the stack.
  const stack: Array<{ items: Value[]; next: number }> = [
    { items: listOf(root.get("K") ?? null), next: 0 },
  ];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.next >= top.items.length) {
      stack.pop();
      continue;
    }
    const item = top.items[top.next++];
    if (!(item instanceof Ref) || seen.has(item.num)) continue;
    // Most elements have no id: only what the walk needs of them is read.
    const element = pdf.peek(item.num, ELEMENT_KEYS);
    if (!element || !element.has("S")) continue;
    seen.add(item.num);
    const id = element.get("ID");
    if (id instanceof Str) {
      const dict = pdf.dict(item.num);
      const name = `node${String(renamed.size + 1).padStart(8, "0")}`;
      renamed.set(id.text(), name);
      dict.set("ID", Str.ascii(name));
      pdf.set(item.num, dict);
      named.push({ id: name, num: item.num });
    }
    if (element.has("A")) withAttributes.push(item.num);
    const kids = element.get("K");
    if (kids !== undefined) stack.push({ items: listOf(kids), next: 0 });
  }
  if (renamed.size === 0) return;
  const rename = (v: Value): Value =>
    v instanceof Str ? Str.ascii(renamed.get(v.text()) ?? v.text()) : v;
  const withHeaders = (attr: Dict): boolean => {
    const headers = attr.get("Headers");
    if (!Array.isArray(headers)) return false;
    attr.set("Headers", headers.map(rename));
    return true;
  };
  for (const num of withAttributes) {
    const dict = pdf.dict(num);
    const attributes = dict.get("A")!;
    let changed = false;
    for (const a of listOf(attributes)) {
      if (a instanceof Ref) {
        const attr = pdf.get(a.num);
        if (isDict(attr) && withHeaders(attr)) pdf.set(a.num, attr);
      } else if (isDict(a)) changed = withHeaders(a) || changed;
    }
    if (changed) pdf.set(num, dict);
  }
  // One flat name tree, keys in order: the new ids sort as they are numbered. The old tree's
  // nodes go, or they would stay in the file with the old ids.
  const drop = (node: Value | undefined) => {
    if (!(node instanceof Ref)) return;
    const dict = pdf.get(node.num);
    const kids = isDict(dict) ? dict.get("Kids") : undefined;
    if (Array.isArray(kids)) kids.forEach(drop);
    pdf.delete(node.num);
  };
  drop(root.get("IDTree"));
  const names: Value[] = [];
  for (const { id, num } of named) names.push(Str.ascii(id), new Ref(num, 0));
  root.set("IDTree", pdf.add(new Map([["Names", names]])));
  pdf.set(rootRef.num, root);
}

/** What the walk reads of a structure element. */
const ELEMENT_KEYS: ReadonlySet<string> = new Set(["S", "ID", "A", "K"]);

/** A value that may be one item or an array of them, as an array. */
function listOf(v: Value): Value[] {
  return Array.isArray(v) ? v : [v];
}
