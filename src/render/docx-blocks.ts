import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableOfContents,
  TextRun,
  type IParagraphOptions,
  type ParagraphChild,
} from "docx";
import type { DefaultTreeAdapterMap } from "parse5";
import {
  all,
  attr,
  find,
  hasAncestorClass,
  hasBlockChild,
  hasClass,
  isElement,
  rows,
  textContent,
  unbreakable,
  type Element,
  INLINE,
  type Node,
} from "./docx-html.js";
import { table } from "./docx-tables.js";

export type Block = Paragraph | Table | TableOfContents;

/** A drawing of the document as an image, in document order (see the printer's figures). */
export interface DocxFigure {
  png: Uint8Array;
  width: number;
  height: number;
}

/** The numbering definition of lists in legal outline: 1., a., 1). */
export const LEGAL = "legal-outline";
/** The width of a capital letter at 12 pt in the Bookman design, for the heading block. */
const CAPS_MM = 2.9;

/** Where a block is: whether it starts a page, and whether it is inside a table cell. */
export interface At {
  pageBreak: boolean;
  cell?: boolean;
  /** Half-points, where the style sheet sets a table smaller than the text. */
  size?: number;
}

export interface Walk {
  figures: DocxFigure[];
  /** Lists so far: each numbered list restarts at 1. */
  lists: number;
  words: { toc: string };
  textWidthMm: number;
}

/** Elements that start a page, as the print style sheet has them. */
const NEW_PAGE = ["chapter", "front", "explanation", "new-page"];
const HEADINGS = {
  h1: HeadingLevel.HEADING_1,
  h2: HeadingLevel.HEADING_2,
  h3: HeadingLevel.HEADING_3,
  h4: HeadingLevel.HEADING_4,
} as const;
const SKIPPED = new Set(["head", "style", "script", "title", "template"]);

/** Paragraphs and tables of an element's children, in order. */
export function blocks(el: Element, ctx: Walk, at: At): Block[] {
  const out: Block[] = [];
  let inline: Node[] = [];
  const flush = () => {
    if (inline.some((n) => textContent(n).trim() || isElement(n, "br")))
      out.push(paragraph(inline, {}, at));
    inline = [];
  };
  for (const child of el.childNodes) {
    if (!isElement(child)) {
      if (child.nodeName === "#text") inline.push(child);
      continue;
    }
    if (INLINE.has(child.tagName) && !isBlockSpan(child)) {
      inline.push(child);
      continue;
    }
    flush();
    out.push(...block(child, ctx, at));
  }
  flush();
  return out;
}

/** A span the style sheet shows as a line of its own. */
function isBlockSpan(e: Element): boolean {
  return e.tagName === "span" && hasClass(e, "chapter-label", "chapter-title");
}

function block(e: Element, ctx: Walk, at: At): Block[] {
  if (SKIPPED.has(e.tagName)) return [];
  const breaks = NEW_PAGE.some((c) => hasClass(e, c));
  if (breaks) at.pageBreak = true;
  const tag = e.tagName;
  if (tag in HEADINGS) {
    const lines = e.childNodes.filter((c) => isElement(c, "span"));
    // The raperda's title: each span a line. A chapter's label and title break by their class.
    const split = hasClass(e, "regulation-title") && lines.length > 1;
    return [
      paragraph(
        split ? lines.flatMap((l, i) => (i ? [BREAK, l] : [l])) : e.childNodes,
        {
          heading: HEADINGS[tag as keyof typeof HEADINGS],
        },
        at,
      ),
    ];
  }
  if (tag === "nav" && hasClass(e, "toc")) return tocBlocks(e, ctx, at);
  if (tag === "header" && hasClass(e, "lampiran-heading")) return headingBlock(e, ctx, at);
  if (tag === "p" || tag === "figcaption" || (tag === "div" && !hasBlockChild(e))) {
    const caption = hasClass(e, "caption") || tag === "figcaption";
    const centered =
      caption ||
      hasClass(e, "center", "attachment-name", "summary-subtitle") ||
      (tag === "div" && hasAncestorClass(e, "signature"));
    return [
      paragraph(
        e.childNodes,
        {
          ...(caption ? { style: "Caption" } : {}),
          ...(centered ? { alignment: AlignmentType.CENTER } : {}),
          ...(hasClass(e, "attachment-name", "summary-subtitle") ? { bold: true } : {}),
          ...(hasAncestorClass(e, "signature") ? signatureIndent(e) : {}),
          ...(hasClass(e, "signature-space") ? { space: 4 } : {}),
        },
        at,
      ),
    ];
  }
  if (tag === "aside" && hasClass(e, "drafting-note")) return [note(e, at)];
  if (tag === "table")
    return [
      table(e, ctx.textWidthMm, {
        blocks: (cell, size) =>
          blocks(cell, ctx, { pageBreak: false, cell: true, size }) as Array<Paragraph | Table>,
        runs: (cell, size) => inlineRuns(cell.childNodes, { bold: true, italics: false }, size),
      }),
    ];
  if (tag === "ol" || tag === "ul") return list(e, ctx, 0, at);
  if (tag === "svg") return figure(ctx, at);
  return blocks(e, ctx, at);
}

/** The table of contents: its title, and Word's field listing the headings. */
function tocBlocks(e: Element, ctx: Walk, at: At): Block[] {
  const title = find(e, (c) => hasClass(c, "toc-title"));
  // Word fills the field, page numbers and all, on opening; until then it lists the headings
  // without numbers (the PDF's would not be the DOCX's pages).
  const part = (li: Element, name: string) =>
    textContent(find(li, (c) => hasClass(c, name)) ?? li)
      .replace(/\s+/g, " ")
      .trim();
  const entries = all(e, (c) => c.tagName === "li").map((li) => ({
    title: [part(li, "toc-label"), part(li, "toc-text")].filter(Boolean).join(" "),
    level: Number(/toc-level-(\d)/.exec(attr(li, "class") ?? "")?.[1] ?? 1),
  }));
  return [
    paragraph(title ? title.childNodes : [], { alignment: AlignmentType.CENTER, bold: true }, at),
    new TableOfContents(ctx.words.toc, {
      headingStyleRange: "1-3",
      cachedEntries: entries,
      beginDirty: false,
    }),
  ];
}

/** The Lampiran heading block, top right on page 1. */
function headingBlock(e: Element, ctx: Walk, at: At): Block[] {
  // Its lines never wrap, and the block ends at the right margin, as the PDF sets it.
  const lines = rows(e);
  const longest = Math.max(
    ...lines
      .filter((l) => l.length === 1 && isElement(l[0]!) && hasClass(l[0]!, "line"))
      .map((l) => textContent(l[0]!).trim().length),
  );
  const indent = Math.max(0, Math.min(ctx.textWidthMm / 2, ctx.textWidthMm - longest * CAPS_MM));
  return lines.map((r) =>
    paragraph(
      r,
      {
        indent: { left: convertMillimetersToTwip(indent) },
        alignment: AlignmentType.LEFT,
        after: 0,
      },
      at,
    ),
  );
}

const BREAK = { nodeName: "br" } as unknown as Node;

/** The signature blocks: the signatory's on the right half, the Sekretaris Daerah's on the left. */
function signatureIndent(e: Element): Partial<ParagraphStyle> {
  const left = hasAncestorClass(e, "promulgation");
  return left
    ? { indent: { right: convertMillimetersToTwip(90) } }
    : { indent: { left: convertMillimetersToTwip(85) } };
}

interface ParagraphStyle {
  heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel];
  style?: string;
  alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
  indent?: IParagraphOptions["indent"];
  numbering?: IParagraphOptions["numbering"];
  bold?: boolean;
  italics?: boolean;
  after?: number;
  /** Empty lines' worth of space: the room for a signature. */
  space?: number;
}

function paragraph(nodes: readonly Node[], s: ParagraphStyle, at: At): Paragraph {
  const runs = inlineRuns(nodes, { bold: s.bold ?? false, italics: s.italics ?? false }, at.size);
  const pageBreakBefore = at.pageBreak;
  at.pageBreak = false;
  return new Paragraph({
    children: s.space ? [new TextRun({ text: "", break: s.space })] : runs,
    ...(s.heading ? { heading: s.heading } : {}),
    ...(s.style ? { style: s.style } : {}),
    ...(s.alignment || at.cell ? { alignment: s.alignment ?? AlignmentType.LEFT } : {}),
    ...(s.indent ? { indent: s.indent } : {}),
    ...(s.numbering ? { numbering: s.numbering } : {}),
    ...(s.after !== undefined || at.cell ? { spacing: { after: s.after ?? 40 } } : {}),
    ...(pageBreakBefore ? { pageBreakBefore: true } : {}),
  });
}

/** A piece of a paragraph's text, before it becomes a run: same-styled pieces join. */
interface Piece {
  text: string;
  bold: boolean;
  italics: boolean;
  /** A line break before the text. */
  breaks: number;
}

/** Text runs of inline nodes: italics and bold as marked, white space as HTML collapses it. */
function inlineRuns(
  nodes: readonly Node[],
  style: { bold: boolean; italics: boolean },
  size?: number,
): ParagraphChild[] {
  const pieces: Piece[] = [];
  const add = (text: string, s: { bold: boolean; italics: boolean }, breaks = 0) => {
    const last = pieces.at(-1);
    if (last && !breaks && last.bold === s.bold && last.italics === s.italics) last.text += text;
    else pieces.push({ text, bold: s.bold, italics: s.italics, breaks });
  };
  const walk = (n: Node, s: { bold: boolean; italics: boolean; nowrap?: boolean }) => {
    if (n.nodeName === "#text") {
      let text = (n as DefaultTreeAdapterMap["textNode"]).value.replace(/\s+/g, " ");
      if (s.nowrap) text = unbreakable(text);
      if (text) add(text, s);
      return;
    }
    if (n.nodeName === "br") {
      add("", s, 1);
      return;
    }
    if (!isElement(n) || SKIPPED.has(n.tagName) || n.tagName === "svg") return;
    const next = {
      bold: s.bold || n.tagName === "strong" || n.tagName === "b" || n.tagName === "th",
      italics: s.italics || n.tagName === "em" || n.tagName === "i",
      nowrap: s.nowrap || hasClass(n, "nowrap", "line"),
    };
    // A line of its own inside a cell or a heading: the label of a chapter, a caption's label.
    if (isBlockSpan(n) && pieces.length) add("", next, 1);
    for (const c of n.childNodes) walk(c, next);
    if (hasClass(n, "toc-label", "item-label", "ayat-label", "preamble-label")) add("\t", s);
  };
  for (const n of nodes) walk(n, style);
  // Spaces at a line break, and at the ends of a paragraph, which HTML does not show.
  pieces.forEach((p, i) => {
    if (!p.breaks) return;
    p.text = p.text.replace(/^ +/, "");
    if (i > 0) pieces[i - 1]!.text = pieces[i - 1]!.text.replace(/ +$/, "");
  });
  // Leading and trailing spaces of a paragraph, which HTML does not show.
  if (pieces[0]) pieces[0].text = pieces[0].text.replace(/^ +/, "");
  if (pieces.length) pieces.at(-1)!.text = pieces.at(-1)!.text.replace(/ +$/, "");
  const sized = size ? { size } : {};
  return pieces.map(
    (p) =>
      new TextRun({
        text: p.text,
        // Only what is marked: a run's own "not bold" would override a heading's style.
        ...(p.bold ? { bold: true } : {}),
        ...(p.italics ? { italics: true } : {}),
        ...(p.breaks ? { break: p.breaks } : {}),
        ...sized,
      }),
  );
}

/** A drafting note: its words in a box, as the PDF marks it. */
function note(e: Element, at: At): Paragraph {
  const border = { style: BorderStyle.DASHED, size: 6, color: "555555", space: 4 };
  const runs = inlineRuns(e.childNodes, { bold: false, italics: false });
  const pageBreakBefore = at.pageBreak;
  at.pageBreak = false;
  return new Paragraph({
    children: runs,
    border: { top: border, bottom: border, left: border, right: border },
    shading: { type: ShadingType.CLEAR, fill: "F2F2F2", color: "auto" },
    spacing: { before: 120, after: 120 },
    ...(pageBreakBefore ? { pageBreakBefore: true } : {}),
  });
}

/** A list: numbered in legal outline (1., a., 1)) where the document numbers it, else as written. */
function list(e: Element, ctx: Walk, depth: number, at: At): Block[] {
  const numbered = e.tagName === "ol" && !hasClass(e, "regulation-list", "toc");
  const instance = ++ctx.lists;
  const out: Block[] = [];
  for (const li of e.childNodes) {
    if (!isElement(li, "li")) continue;
    const own = li.childNodes.filter((c) => !(isElement(c, "ol") || isElement(c, "ul")));
    const text = own.some((c) => isElement(c) && !INLINE.has(c.tagName)) ? null : own;
    if (text)
      out.push(
        paragraph(
          text,
          numbered
            ? { numbering: { reference: LEGAL, level: Math.min(depth, 2), instance } }
            : { indent: { left: 567 * (depth + 1), hanging: 425 } },
          at,
        ),
      );
    else out.push(...blocks(li, ctx, at));
    for (const sub of li.childNodes)
      if (isElement(sub, "ol") || isElement(sub, "ul")) out.push(...list(sub, ctx, depth + 1, at));
  }
  return out;
}

/** The next drawing, as an image the width it has on the page (at most the text width). */
function figure(ctx: Walk, at: At): Block[] {
  const f = ctx.figures.shift();
  if (!f || f.png.length === 0) return [];
  const pageBreakBefore = at.pageBreak;
  at.pageBreak = false;
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      // A line as tall as the image: the text's fixed spacing would crop it.
      spacing: { line: 240, lineRule: LineRuleType.AUTO, after: 60 },
      ...(pageBreakBefore ? { pageBreakBefore: true } : {}),
      children: [
        new ImageRun({
          type: "png",
          data: f.png,
          // docx sizes images in CSS pixels, as the browser measured them.
          transformation: {
            width: Math.round(f.width),
            height: Math.round(f.height),
          },
        }),
      ],
    }),
  ];
}
