import { t, type MessageKey } from "../i18n/language.js";
import { parse, type DefaultTreeAdapterMap } from "parse5";

// What a plan's own templates wrote into a document, checked the way the browser will read it
// (document-policy.ts holds the policy every document carries). Loaded only for a plan that
// overrides templates: the HTML parser is not needed otherwise.

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** Something in the document that could reach outside it or leave it. */
export interface Violation {
  /** What it is, as a reader would name it: "<iframe>", "<meta http-equiv=\"refresh\">". */
  what: string;
  /** One plain sentence: why it may not be in the document. */
  why: MessageKey;
  /** Its position in the checked text, 1-based. */
  line: number;
  column: number;
}

/** Elements that load, embed, run or navigate by their nature. */
const FORBIDDEN: Record<string, MessageKey> = {
  script: "policy.runs-code",
  noscript: "policy.only-with-code",
  iframe: "policy.loads-page",
  frame: "policy.loads-page",
  frameset: "policy.loads-pages",
  object: "policy.loads-resource",
  embed: "policy.loads-resource",
  applet: "policy.loads-resource",
  portal: "policy.loads-page",
  fencedframe: "policy.loads-page",
  base: "policy.base",
  form: "policy.form",
  link: "policy.link",
  video: "policy.media",
  audio: "policy.media",
  source: "policy.media",
  track: "policy.media",
  picture: "policy.images",
  template: "policy.template",
  set: "policy.animates",
  animate: "policy.animates",
  animatemotion: "policy.animates",
  animatetransform: "policy.animates",
};

/** Attributes that name something to load, and the addresses each may hold. */
const URL_ATTRIBUTES = new Set([
  "src",
  "srcset",
  "href",
  "xlink:href",
  "data",
  "poster",
  "background",
  "action",
  "formaction",
  "ping",
  "manifest",
  "codebase",
  "longdesc",
  "lowsrc",
  "dynsrc",
]);

/**
 * Checks a document the way the browser will read it (parse5 follows the HTML standard, with
 * scripting off as in the printing browser): no element that loads, runs, embeds or navigates,
 * no `<meta http-equiv>` but the charset, links only to http(s) or to a place in the document,
 * and any other address only as a data: URI.
 */
export function checkDocument(html: string): Violation[] {
  const found: Violation[] = [];
  const document = parse(html, { scriptingEnabled: false, sourceCodeLocationInfo: true });
  const visit = (node: Node) => {
    if ("tagName" in node) checkElement(node, found);
    if ("childNodes" in node) for (const child of node.childNodes) visit(child);
    if ("content" in node && node.content) visit(node.content as Node);
  };
  visit(document);
  return found;
}

function checkElement(el: Element, found: Violation[]): void {
  const at = el.sourceCodeLocation ?? { startLine: 1, startCol: 1 };
  const add = (what: string, why: MessageKey) =>
    found.push({ what, why, line: at.startLine, column: at.startCol });
  const tag = el.tagName.toLowerCase();
  const forbidden = FORBIDDEN[tag];
  if (forbidden) {
    const rel = tag === "link" ? el.attrs.find((a) => a.name === "rel")?.value : undefined;
    add(rel ? `<link rel="${clip(rel)}">` : `<${tag}>`, forbidden);
    return;
  }
  if (tag === "meta") {
    const equiv = el.attrs.find((a) => a.name === "http-equiv");
    if (equiv && equiv.value.trim().toLowerCase() !== "content-type")
      add(`<meta http-equiv="${equiv.value}">`, "policy.meta");
    return;
  }
  for (const attr of el.attrs) {
    const name = (attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name).toLowerCase();
    if (!URL_ATTRIBUTES.has(name)) continue;
    const value = attr.value.trim();
    if (tag === "a" && name === "href") {
      if (/^(https?:\/\/|#)/i.test(value)) continue;
      add(`<a href="${clip(value)}">`, "policy.href");
      continue;
    }
    if (/^data:/i.test(value) || (name === "href" && value.startsWith("#"))) continue;
    add(`<${tag} ${name}="${clip(value)}">`, "policy.outside");
  }
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

/** A template file of the plan's own, with its text. */
export interface OverrideSource {
  file: string;
  text: string;
}

/**
 * Where a violation comes from among the plan's template overrides: the first place that
 * writes that element (or that address). When no single file writes it (a tag assembled from
 * pieces), the first override is named, with the line of the document it ends up on.
 */
export function locateViolation(
  v: Violation,
  overrides: readonly OverrideSource[],
  /** Occurrences located so far, by what was searched, so that repeats are told apart. */
  counts = new Map<string, number>(),
): { file: string; line: number; column: number; message: string } {
  const tag = /^<([\w:-]+)/.exec(v.what)?.[1] ?? "";
  const value =
    tag === "link" || tag === "meta" ? undefined : /="(.*)"$/.exec(v.what)?.[1]?.replace(/…$/, "");
  const pattern = value
    ? new RegExp(escapeRegExp(value), "gi")
    : new RegExp(`<\\s*${escapeRegExp(tag)}\\b`, "gi");
  const message = t("policy.message", { what: v.what, why: t(v.why) });
  const nth = counts.get(pattern.source) ?? 0;
  counts.set(pattern.source, nth + 1);
  const hits = overrides.flatMap((o) => [...o.text.matchAll(pattern)].map((at) => ({ o, at })));
  const hit = hits[Math.min(nth, hits.length - 1)];
  if (hit) {
    const { o, at } = hit;
    // The start of the tag that holds the match.
    const start = value ? o.text.lastIndexOf("<", at.index) : at.index;
    const before = o.text.slice(0, Math.max(0, start)).split("\n");
    return { file: o.file, line: before.length, column: before.at(-1)!.length + 1, message };
  }
  return {
    file: overrides[0]?.file ?? "",
    line: 1,
    column: 1,
    message: t("policy.message-at", { what: v.what, why: t(v.why), line: v.line }),
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
