import { pageNumbers } from "./pdf-destinations.js";
import {
  Name,
  PdfFile,
  Ref,
  Str,
  decodeName,
  isDict,
  nameOf,
  serialize,
  type Dict,
  type Value,
} from "./pdf-file.js";

/**
 * Joins the PDFs of a document printed in parts into one, as if it had been printed whole:
 * the pages in order, one outline nested by the headings' levels across parts, one tagged
 * structure under one Document, one set of named destinations, so links from one part to a
 * place in another (the table of contents) land where they should.
 *
 * Every object of every part is copied once, its references renumbered; what each part has
 * once (catalog, page tree root, structure root, outline, destinations) is made anew.
 */
export interface PdfPart {
  pdf: PdfFile;
  /** The level (1–6) of each of the part's headings, in order: one bookmark each. */
  levels: readonly number[];
  /**
   * Whether a named destination is the part's own. A part holds a stand-in for each place
   * in another part that it links to, so that Chromium writes the link; the stand-in's page
   * is the wrong one and gives way to the owner's.
   */
  owns(name: string): boolean;
}

interface Bookmark {
  item: Dict;
  level: number;
  children: Bookmark[];
}

/** What the joined file makes anew from a part's own once-per-file objects. */
interface PartPlan {
  pdf: PdfFile;
  index: number;
  base: number;
  keyBase: number;
  skip: Set<number>;
  redirect: Map<number, number>;
  pagesRoot: number;
  pageCount: number;
  /** The kids of the part's Document element (or of its structure root). */
  kids: Value[];
  nums: Array<[number, Value]>;
  nextKey: number;
  dests: Dict;
  bookmarks: Array<{ item: Dict; depth: number }>;
  levels: readonly number[];
  owns: (name: string) => boolean;
}

export function joinPdfs(parts: readonly PdfPart[]): PdfFile {
  if (parts.length === 0) throw new Error("nothing to join");
  const plans: PartPlan[] = [];
  let base = 0;
  let keyBase = 0;
  for (const part of parts) {
    const plan = planPart(part, plans.length, base, keyBase);
    plans.push(plan);
    base += size(part.pdf);
    keyBase += plan.nextKey;
  }
  let next = base;
  const made = () => next++;
  const ids = {
    catalog: made(),
    pages: made(),
    root: made(),
    document: made(),
    parentTree: made(),
    dests: made(),
    outlines: made(),
  };
  for (const plan of plans) {
    for (const [from, to] of plan.redirect)
      plan.redirect.set(from, to === -1 ? ids.root : to === -2 ? ids.document : to);
  }
  const out = new Writer();
  for (const plan of plans) copyObjects(plan, out, ids.pages);

  writeStructure(plans, ids, keyBase, out);

  const dests: Dict = new Map();
  for (const plan of plans) {
    const shift = shifter(plan);
    for (const [name, value] of plan.dests)
      if (!dests.has(name) && plan.owns(decodeName(name))) dests.set(name, shift(value));
  }
  out.put(ids.dests, dests);

  out.put(
    ids.pages,
    new Map<string, Value>([
      ["Type", nameValue("Pages")],
      ["Kids", plans.map((plan) => new Ref(plan.pagesRoot + plan.base, 0))],
      ["Count", plans.reduce((n, plan) => n + plan.pageCount, 0)],
    ]),
  );

  const first = plans[0]!;
  const catalog = shifter(first)(first.pdf.dict(first.pdf.rootNum)) as Dict;
  const bookmarks = nest(plans);
  catalog.set("Pages", new Ref(ids.pages, 0));
  catalog.set("StructTreeRoot", new Ref(ids.root, 0));
  catalog.set("Dests", new Ref(ids.dests, 0));
  catalog.delete("Outlines");
  if (bookmarks.length) {
    writeOutline(bookmarks, ids.outlines, out, made);
    catalog.set("Outlines", new Ref(ids.outlines, 0));
  }
  out.put(ids.catalog, catalog);
  return new PdfFile(out.finish(next, ids.catalog));
}

/** One structure root over one Document holding every part's elements, keys in one tree. */
function writeStructure(
  plans: readonly PartPlan[],
  ids: { root: number; document: number; parentTree: number },
  nextKey: number,
  out: Writer,
): void {
  const first = plans[0]!;
  const shiftFirst = shifter(first);
  const firstRoot = structRoot(first.pdf);
  const firstDocument = documentOf(first.pdf, firstRoot?.dict);
  const document: Dict = firstDocument
    ? (shiftFirst(first.pdf.dict(firstDocument)) as Dict)
    : new Map<string, Value>([["S", nameValue("Document")]]);
  document.set("P", new Ref(ids.root, 0));
  document.set(
    "K",
    plans.flatMap((plan) => plan.kids.map(shifter(plan))),
  );
  out.put(ids.document, document);
  const root: Dict = new Map<string, Value>([["Type", nameValue("StructTreeRoot")]]);
  for (const key of ["RoleMap", "ClassMap"]) {
    const v = firstRoot?.dict.get(key);
    if (v !== undefined) root.set(key, shiftFirst(v));
  }
  root.set("K", new Ref(ids.document, 0));
  root.set("ParentTree", new Ref(ids.parentTree, 0));
  root.set("ParentTreeNextKey", nextKey);
  out.put(ids.root, root);
  const nums: Value[] = [];
  for (const plan of plans) {
    const shift = shifter(plan);
    for (const [key, value] of plan.nums) nums.push(key + plan.keyBase, shift(value));
  }
  out.put(ids.parentTree, new Map([["Nums", nums]]));
}

/** One more than the highest object number of a file. */
function size(pdf: PdfFile): number {
  let max = 0;
  for (const num of pdf.numbers()) if (num > max) max = num;
  return max + 1;
}

function nameValue(name: string): Value {
  return new Name(name);
}

function structRoot(pdf: PdfFile): { num: number; dict: Dict } | null {
  const ref = pdf.dict(pdf.rootNum).get("StructTreeRoot");
  const dict = pdf.resolve(ref);
  return ref instanceof Ref && isDict(dict) ? { num: ref.num, dict } : null;
}

/** The structure root's one Document element, if that is what it holds. */
function documentOf(pdf: PdfFile, root: Dict | undefined): number | null {
  const k = root?.get("K");
  const only = Array.isArray(k) && k.length === 1 ? k[0] : k;
  if (!(only instanceof Ref)) return null;
  const element = pdf.get(only.num);
  return isDict(element) && nameOf(element.get("S")) === "Document" ? only.num : null;
}

/** The objects a tree of nodes (`Kids`) holds, and the leaves' entries (`Nums` pairs). */
function walkTree(pdf: PdfFile, top: Value | undefined, leafKey: string) {
  const nodes: number[] = [];
  const entries: Value[] = [];
  const stack: Value[] = [top ?? null];
  const seen = new Set<number>();
  while (stack.length) {
    const ref = stack.pop();
    const node = pdf.resolve(ref);
    if (ref instanceof Ref) {
      if (seen.has(ref.num)) continue;
      seen.add(ref.num);
      nodes.push(ref.num);
    }
    if (!isDict(node)) continue;
    const leaf = pdf.resolve(node.get(leafKey));
    if (Array.isArray(leaf)) entries.push(...leaf);
    const kids = pdf.resolve(node.get("Kids"));
    if (Array.isArray(kids)) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return { nodes, entries };
}

function planPart(part: PdfPart, index: number, base: number, keyBase: number): PartPlan {
  const { pdf } = part;
  const catalog = pdf.dict(pdf.rootNum);
  const skip = new Set<number>([pdf.rootNum]);
  // -1 and -2 stand for the joined structure root and Document, numbered once all are known.
  const redirect = new Map<number, number>();
  const info = pdf.trailer.get("Info");
  if (info instanceof Ref) skip.add(info.num);
  const root = structRoot(pdf);
  let kids: Value[] = [];
  const nums: Array<[number, Value]> = [];
  let nextKey = 0;
  if (root) {
    skip.add(root.num);
    const document = documentOf(pdf, root.dict);
    if (document !== null) {
      skip.add(document);
      redirect.set(document, -2);
      redirect.set(root.num, -1);
      kids = listOf(pdf.dict(document).get("K") ?? []);
    } else {
      redirect.set(root.num, -2);
      kids = listOf(root.dict.get("K") ?? []);
    }
    const tree = walkTree(pdf, root.dict.get("ParentTree"), "Nums");
    tree.nodes.forEach((n) => skip.add(n));
    for (let i = 0; i + 1 < tree.entries.length; i += 2) {
      const key = tree.entries[i];
      if (typeof key === "number") {
        nums.push([key, tree.entries[i + 1]!]);
        nextKey = Math.max(nextKey, key + 1);
      }
    }
    const declared = root.dict.get("ParentTreeNextKey");
    if (typeof declared === "number") nextKey = Math.max(nextKey, declared);
    // The joined file's ids are named afresh when it is finished.
    walkTree(pdf, root.dict.get("IDTree"), "Names").nodes.forEach((n) => skip.add(n));
  }
  const destsRef = catalog.get("Dests");
  const dests = pdf.resolve(destsRef);
  if (destsRef instanceof Ref) skip.add(destsRef.num);
  const bookmarks = readBookmarks(pdf, catalog.get("Outlines"), skip);
  const pagesRef = catalog.get("Pages");
  if (!(pagesRef instanceof Ref)) throw new Error("a part without pages");
  return {
    pdf,
    index,
    base,
    keyBase,
    skip,
    redirect,
    pagesRoot: pagesRef.num,
    pageCount: pageNumbers(pdf).length,
    kids,
    nums,
    nextKey,
    dests: isDict(dests) ? dests : new Map(),
    bookmarks,
    levels: part.levels,
    owns: part.owns,
  };
}

/** The part's bookmarks in order, with their depth; their objects are made anew. */
function readBookmarks(pdf: PdfFile, outlinesRef: Value | undefined, skip: Set<number>) {
  const out: Array<{ item: Dict; depth: number }> = [];
  if (outlinesRef instanceof Ref) skip.add(outlinesRef.num);
  const outlines = pdf.resolve(outlinesRef);
  const walk = (first: Value | undefined, depth: number) => {
    for (let item = first; item instanceof Ref && !skip.has(item.num);) {
      skip.add(item.num);
      const dict = pdf.get(item.num);
      if (!isDict(dict)) break;
      out.push({ item: dict, depth });
      walk(dict.get("First"), depth + 1);
      item = dict.get("Next");
    }
  };
  walk(isDict(outlines) ? outlines.get("First") : undefined, 1);
  return out;
}

function listOf(v: Value): Value[] {
  return Array.isArray(v) ? v : [v];
}

/**
 * A part's values as they read in the joined file: references renumbered, marked-content
 * keys moved past the earlier parts', and structure ids made unique to the part.
 */
function shifter(plan: PartPlan): (v: Value) => Value {
  const { base, keyBase, redirect } = plan;
  const prefix = plan.index > 0 ? `p${plan.index}-` : "";
  const id = (s: Value): Value => {
    if (!(s instanceof Str) || !prefix) return s;
    const text = prefix + s.text();
    return /^[\x20-\x7e]*$/.test(text) ? Str.ascii(text) : Str.of(text);
  };
  const value = (v: Value): Value => {
    if (v instanceof Ref) return new Ref(redirect.get(v.num) ?? v.num + base, 0);
    if (Array.isArray(v)) return v.map(value);
    if (!isDict(v)) return v;
    const out: Dict = new Map();
    for (const [k, x] of v) {
      if ((k === "StructParents" || k === "StructParent") && typeof x === "number")
        out.set(k, x + keyBase);
      else if (k === "ID" && v.has("S")) out.set(k, id(x));
      else if (k === "Headers" && Array.isArray(x)) out.set(k, x.map(id));
      else out.set(k, value(x));
    }
    return out;
  };
  return value;
}

/** Copies a part's objects, but for those made anew; its page tree hangs from the joined one. */
function copyObjects(plan: PartPlan, out: Writer, pages: number): void {
  const { pdf, base, skip } = plan;
  const shift = shifter(plan);
  for (const num of pdf.numbers()) {
    if (skip.has(num)) continue;
    if (pdf.isStream(num)) {
      const { dict, rest } = pdf.stream(num);
      out.putStream(num + base, shift(dict) as Dict, rest);
      continue;
    }
    const value = shift(pdf.get(num));
    if (num === plan.pagesRoot && isDict(value)) value.set("Parent", new Ref(pages, 0));
    out.put(num + base, value);
  }
}

/** The parts' bookmarks as one tree, nested by their headings' levels. */
function nest(plans: readonly PartPlan[]): Bookmark[] {
  const top: Bookmark[] = [];
  const open: Bookmark[] = [];
  for (const plan of plans) {
    const shift = shifter(plan);
    // Chromium nests a part's bookmarks within the part; the headings' levels nest them across.
    const byLevel = plan.levels.length === plan.bookmarks.length;
    plan.bookmarks.forEach(({ item, depth }, i) => {
      const level = byLevel ? plan.levels[i]! : depth;
      const kept: Dict = new Map();
      for (const key of ["Title", "Dest", "A"]) {
        const v = item.get(key);
        if (v !== undefined) kept.set(key, shift(v));
      }
      const mark: Bookmark = { item: kept, level, children: [] };
      while (open.length && open[open.length - 1]!.level >= level) open.pop();
      (open.length ? open[open.length - 1]!.children : top).push(mark);
      open.push(mark);
    });
  }
  return top;
}

/** Writes an outline, every bookmark open, as Chromium writes one. */
function writeOutline(top: Bookmark[], outlinesNum: number, out: Writer, made: () => number) {
  const count = (marks: Bookmark[]): number => marks.reduce((n, m) => n + 1 + count(m.children), 0);
  const write = (marks: Bookmark[], parent: number): { first: number; last: number } => {
    const nums = marks.map(() => made());
    marks.forEach((mark, i) => {
      const dict: Dict = new Map(mark.item);
      dict.set("Parent", new Ref(parent, 0));
      if (i > 0) dict.set("Prev", new Ref(nums[i - 1]!, 0));
      if (i + 1 < nums.length) dict.set("Next", new Ref(nums[i + 1]!, 0));
      if (mark.children.length) {
        const { first, last } = write(mark.children, nums[i]!);
        dict.set("First", new Ref(first, 0));
        dict.set("Last", new Ref(last, 0));
        dict.set("Count", count(mark.children));
      }
      out.put(nums[i]!, dict);
    });
    return { first: nums[0]!, last: nums[nums.length - 1]! };
  };
  const { first, last } = write(top, outlinesNum);
  out.put(
    outlinesNum,
    new Map<string, Value>([
      ["Type", nameValue("Outlines")],
      ["First", new Ref(first, 0)],
      ["Last", new Ref(last, 0)],
      ["Count", count(top)],
    ]),
  );
}

/** A PDF written object by object, with a classic cross-reference table. */
class Writer {
  private readonly chunks: Buffer[] = [];
  private offset = 0;
  private readonly offsets = new Map<number, number>();

  constructor() {
    this.push(Buffer.from("%PDF-1.7\n", "latin1"));
  }

  private push(b: Buffer): void {
    this.chunks.push(b);
    this.offset += b.length;
  }

  put(num: number, value: Value): void {
    this.offsets.set(num, this.offset);
    this.push(Buffer.from(`${num} 0 obj\n${serialize(value)}\nendobj\n`, "latin1"));
  }

  putStream(num: number, dict: Dict, rest: Uint8Array): void {
    this.offsets.set(num, this.offset);
    this.push(Buffer.from(`${num} 0 obj\n${serialize(dict)}`, "latin1"));
    this.push(Buffer.from(rest.buffer, rest.byteOffset, rest.length));
    this.push(Buffer.from("\nendobj\n", "latin1"));
  }

  finish(size: number, root: number): Uint8Array {
    const table = Buffer.alloc(size * 20, 0x20);
    for (let num = 0; num < size; num++) {
      const at = this.offsets.get(num);
      const entry =
        at === undefined
          ? `0000000000 ${num === 0 ? "65535" : "00000"} f \n`
          : `${String(at).padStart(10, "0")} 00000 n \n`;
      table.write(entry, num * 20, "latin1");
    }
    const xrefAt = this.offset;
    this.push(Buffer.from(`xref\n0 ${size}\n`, "latin1"));
    this.push(table);
    this.push(
      Buffer.from(
        `trailer\n<</Size ${size} /Root ${root} 0 R>>\nstartxref\n${xrefAt}\n%%EOF\n`,
        "latin1",
      ),
    );
    return Buffer.concat(this.chunks);
  }
}
