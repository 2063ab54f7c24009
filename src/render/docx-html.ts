import type { DefaultTreeAdapterMap } from "parse5";

/** Reading the document's own HTML for the DOCX: its nodes, classes and text. */
export type Node = DefaultTreeAdapterMap["node"];
export type Element = DefaultTreeAdapterMap["element"];

/** The face the Lampiran is set in; Word substitutes where it is absent. */
export const DOCX_FONT = "Bookman Old Style";
/** Elements that flow inside a paragraph. */
export const INLINE = new Set([
  "a",
  "em",
  "i",
  "strong",
  "b",
  "span",
  "br",
  "sup",
  "sub",
  "small",
  "code",
]);
/** The text size, in half-points: 12 pt. */
export const SIZE = 24;
/** The width of a letter of running text at 12 pt, for table columns. */
export const CHAR_MM = 2.5;

/** The lines of the Lampiran heading: its table's cells. */
export function rows(e: Element): Node[][] {
  const out: Node[][] = [];
  const walk = (n: Element) => {
    for (const c of n.childNodes) {
      if (!isElement(c)) continue;
      if (c.tagName === "td") out.push(hasClass(c, "line") ? [c] : c.childNodes);
      else walk(c);
    }
  };
  walk(e);
  return out;
}

/** Text Word keeps on one line: no-break spaces, and a word joiner after a dash. */
export function unbreakable(text: string): string {
  return text.replace(/ /g, "\u00a0").replace(/([–-])/g, "\u2060$1\u2060");
}

export function all(n: Node, test: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (m: Node) => {
    if (isElement(m) && test(m)) out.push(m);
    for (const c of "childNodes" in m ? (m as Element).childNodes : []) walk(c);
  };
  walk(n);
  return out;
}

export function isElement(n: Node, tag?: string): n is Element {
  return "tagName" in n && (tag === undefined || (n as Element).tagName === tag);
}

export function attr(e: Element, name: string): string | null {
  return e.attrs.find((a) => a.name === name)?.value ?? null;
}

export function hasClass(e: Element, ...names: string[]): boolean {
  const classes = (attr(e, "class") ?? "").split(/\s+/);
  return names.some((n) => classes.includes(n));
}

export function hasAncestorClass(e: Element, name: string): boolean {
  for (let n: Node | null = e; n && isElement(n); n = (n as Element).parentNode as Node | null)
    if (hasClass(n, name)) return true;
  return false;
}

export function hasBlockChild(e: Element): boolean {
  return e.childNodes.some((c) => isElement(c) && !INLINE.has(c.tagName));
}

export function textContent(n: Node): string {
  if (n.nodeName === "#text") return (n as DefaultTreeAdapterMap["textNode"]).value;
  if (n.nodeName === "br") return " ";
  return isElement(n) ? n.childNodes.map(textContent).join("") : "";
}

export function find(n: Node, test: (e: Element) => boolean): Element | null {
  if (isElement(n) && test(n)) return n;
  for (const c of "childNodes" in n ? (n as Element).childNodes : []) {
    const f = find(c, test);
    if (f) return f;
  }
  return null;
}
