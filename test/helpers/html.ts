import { parse, parseFragment, type DefaultTreeAdapterMap } from "parse5";

type Node = DefaultTreeAdapterMap["node"];
export type Element = DefaultTreeAdapterMap["element"];

/** The HTML as a browser reads it (parse5 follows the HTML standard): the document's root. */
export function readHtml(html: string): Element {
  const doc = parse(html);
  return doc.childNodes.find((n): n is Element => "tagName" in n)!;
}

/** An HTML fragment (markdown's output) read the same way. */
export function readFragment(html: string): Element {
  const root = parseFragment(html) as unknown as Element;
  return root;
}

/** Every element below a node, in document order. */
export function elements(node: Node): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    for (const child of "childNodes" in n ? n.childNodes : []) {
      if ("tagName" in child) out.push(child);
      walk(child);
    }
  };
  walk(node);
  return out;
}

export function attr(el: Element, name: string): string | null {
  return el.attrs.find((a) => a.name === name)?.value ?? null;
}

export function hasClass(el: Element, name: string): boolean {
  return (attr(el, "class") ?? "").split(/\s+/).includes(name);
}

/** The text a reader sees, spaces as they fall. */
export function textOf(node: Node): string {
  if ("value" in node && node.nodeName === "#text") return node.value;
  if ("tagName" in node && (node.tagName === "style" || node.tagName === "script")) return "";
  if ("tagName" in node && node.tagName === "br") return "\n";
  return ("childNodes" in node ? node.childNodes : []).map(textOf).join("");
}

/** Elements of a tag below a node. */
export function byTag(node: Node, tag: string): Element[] {
  return elements(node).filter((e) => e.tagName === tag);
}

/** The first table after the caption that reads `caption`, as rows of cells. */
export function tableUnder(root: Element, caption: string): Element[][] {
  const all = elements(root);
  const at = all.findIndex((e) => hasClass(e, "caption") && textOf(e).includes(caption));
  if (at < 0) throw new Error(`no caption “${caption}”`);
  const table = all.slice(at).find((e) => e.tagName === "table");
  if (!table) throw new Error(`no table under “${caption}”`);
  return byTag(table, "tr").map((tr) =>
    elements(tr).filter((e) => e.tagName === "td" || e.tagName === "th"),
  );
}

/** The text inside an element as written, a style sheet's included. */
export function rawText(el: Element): string {
  return el.childNodes
    .map((c) => ("value" in c ? c.value : "tagName" in c ? rawText(c) : ""))
    .join("");
}
