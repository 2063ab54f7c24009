import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from "docx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { parse } from "parse5";
import type { DefaultTreeAdapterMap } from "parse5";
import type { DocumentModel } from "../model/document-model.js";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];
type Block = Paragraph | Table | TableOfContents;

/** A drawing of the document as an image, in document order (see the printer's figures). */
export interface DocxFigure {
  png: Uint8Array;
  width: number;
  height: number;
}

export interface DocxOptions {
  paper: DocumentModel["paper"];
  metadata: DocumentModel["metadata"];
  /** The build's date: the document's created and modified dates, and its files' times. */
  date: Date;
  /** The words of the table of contents' heading, and of a drafting note's label. */
  words: { toc: string };
  figures: readonly DocxFigure[];
}

/**
 * The document with its figures alone, styled as in the document, for the browser to draw: a
 * page without the text lays out and draws in a fraction of the time. Every drawing of the
 * default theme sits in a `figure`; the order is the document's.
 */
export function figuresOnly(html: string): string {
  const body = html.indexOf("<body");
  if (body < 0) return html;
  const open = html.indexOf(">", body) + 1;
  const figures = html.slice(open).match(/<figure[\s\S]*?<\/figure>/g) ?? [];
  return `${html.slice(0, open)}\n${figures.join("\n")}\n</body>\n</html>\n`;
}

/** The face the Lampiran is set in; Word substitutes where it is absent. */
export const DOCX_FONT = "Bookman Old Style";
const SIZE = 24; // half-points: 12 pt
const PX_TO_EMU_PX = 1; // docx sizes images in CSS pixels
const LEGAL = "legal-outline";
/** The width of a capital letter at 12 pt in the Bookman design, for the heading block. */
const CAPS_MM = 2.9;
/** The width of a letter of running text at 12 pt, for table columns. */
const CHAR_MM = 2.5;

/**
 * The document as an editable Word file, from the same HTML the PDF prints: so it holds the
 * same words and numbers without deriving them again. Word's own parts stand in for what the
 * browser does: heading styles (so the navigation pane and a table of contents field work), real
 * tables whose header rows repeat on every page, "- n -" in the header from page 2, numbered
 * lists in legal outline, drafting notes in a bordered box, the drawings as images. The same
 * HTML and date give the same bytes.
 */
export async function renderDocx(html: string, options: DocxOptions): Promise<Uint8Array> {
  const root = parse(html);
  const body = find(root, (e) => e.tagName === "body");
  if (!body) throw new Error("renderDocx: the document has no body");
  const ctx: Walk = {
    figures: [...options.figures],
    lists: 0,
    words: options.words,
    textWidthMm: options.paper.textWidthMm,
  };
  const children = blocks(body, ctx, { pageBreak: false });
  const { paper } = options;
  const doc = new Document({
    creator: options.metadata.author,
    title: options.metadata.title,
    subject: options.metadata.subject,
    keywords: options.metadata.keywords.join(", "),
    description: options.metadata.subject,
    lastModifiedBy: options.metadata.author,
    revision: 1,
    features: { updateFields: true },
    styles: styles(),
    numbering: {
      config: [
        {
          reference: LEGAL,
          levels: [
            level(0, LevelFormat.DECIMAL, "%1."),
            level(1, LevelFormat.LOWER_LETTER, "%2."),
            level(2, LevelFormat.DECIMAL, "%3)"),
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: {
              width: convertMillimetersToTwip(paper.widthMm),
              height: convertMillimetersToTwip(paper.heightMm),
            },
            margin: {
              top: convertMillimetersToTwip(paper.margins.top * 10),
              bottom: convertMillimetersToTwip(paper.margins.bottom * 10),
              left: convertMillimetersToTwip(paper.margins.left * 10),
              right: convertMillimetersToTwip(paper.margins.right * 10),
              header: convertMillimetersToTwip(Math.min(12, paper.margins.top * 5)),
            },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({})] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ["- ", PageNumber.CURRENT, " -"] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return finish(
    await Packer.toBuffer(doc),
    options.date,
    convertMillimetersToTwip(paper.textWidthMm),
  );
}

/** Where a block is: whether it starts a page, and whether it is inside a table cell. */
interface At {
  pageBreak: boolean;
  cell?: boolean;
  /** Half-points, where the style sheet sets a table smaller than the text. */
  size?: number;
}

interface Walk {
  figures: DocxFigure[];
  /** Lists so far: each numbered list restarts at 1. */
  lists: number;
  words: { toc: string };
  textWidthMm: number;
}

function level(n: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) {
  return {
    level: n,
    format,
    text,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: 567 * (n + 1), hanging: 425 } } },
  };
}

function styles() {
  const heading = (centered: boolean) => ({
    run: { font: DOCX_FONT, size: SIZE, bold: true, color: "000000" },
    paragraph: {
      alignment: centered ? AlignmentType.CENTER : AlignmentType.LEFT,
      spacing: { before: 240, after: 120 },
      keepNext: true,
    },
  });
  return {
    default: {
      document: {
        run: { font: DOCX_FONT, size: SIZE },
        paragraph: {
          spacing: { after: 120, line: 300, lineRule: LineRuleType.AUTO },
          alignment: AlignmentType.JUSTIFIED,
        },
      },
      heading1: heading(true),
      heading2: heading(false),
      heading3: heading(false),
      heading4: heading(false),
    },
    paragraphStyles: [
      {
        id: "Caption",
        name: "Caption",
        basedOn: "Normal",
        next: "Normal",
        run: { font: DOCX_FONT, size: SIZE },
        paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { after: 60 } },
      },
    ],
  };
}

/** Elements that start a page, as the print style sheet has them. */
const NEW_PAGE = ["chapter", "front", "explanation", "new-page"];
const HEADINGS = {
  h1: HeadingLevel.HEADING_1,
  h2: HeadingLevel.HEADING_2,
  h3: HeadingLevel.HEADING_3,
  h4: HeadingLevel.HEADING_4,
} as const;
const INLINE = new Set([
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
const SKIPPED = new Set(["head", "style", "script", "title", "template"]);

/** Paragraphs and tables of an element's children, in order. */
function blocks(el: Element, ctx: Walk, at: At): Block[] {
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
  if (tag === "nav" && hasClass(e, "toc")) {
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
  if (tag === "header" && hasClass(e, "lampiran-heading")) {
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
  if (tag === "table") return [table(e, ctx)];
  if (tag === "ol" || tag === "ul") return list(e, ctx, 0, at);
  if (tag === "svg") return figure(ctx, at);
  return blocks(e, ctx, at);
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

/** A real Word table: its header rows repeat on every page it runs over. */
function table(e: Element, ctx: Walk): Table {
  const trs: Array<{ row: Element; head: boolean }> = [];
  const collect = (n: Element, head: boolean) => {
    for (const c of n.childNodes) {
      if (!isElement(c)) continue;
      if (c.tagName === "tr") trs.push({ row: c, head });
      else if (c.tagName === "thead") collect(c, true);
      else if (c.tagName === "tbody" || c.tagName === "tfoot") collect(c, false);
    }
  };
  collect(e, false);
  const grid =
    hasClass(e, "grid", "facts", "readiness", "glossary-list") || trs.some((t) => t.head);
  const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
  const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  const border = grid ? line : none;
  const cellsOf = (row: Element) =>
    row.childNodes.filter((c): c is Element => isElement(c, "td") || isElement(c, "th"));
  // The style sheet sets tables at 10 pt, small ones at 8.5 pt.
  const size = hasClass(e, "small") ? 17 : hasClass(e, "grid", "facts") ? 20 : undefined;
  const widths = columnWidths(
    trs.map((t) => cellsOf(t.row)),
    ctx.textWidthMm,
    CHAR_MM * ((size ?? SIZE) / SIZE),
  );
  const rowsOut = trs.map(
    ({ row, head }) =>
      new TableRow({
        tableHeader: head,
        cantSplit: true,
        children: cellsOf(row).map((cell) => {
          const th = cell.tagName === "th";
          const colSpan = Number(attr(cell, "colspan") ?? 1);
          const rowSpan = Number(attr(cell, "rowspan") ?? 1);
          const inner = blocks(cell, ctx, { pageBreak: false, cell: true, size });
          return new TableCell({
            children: th
              ? boldCell(cell, size)
              : inner.length
                ? (inner as Array<Paragraph | Table>)
                : [new Paragraph({})],
            ...(colSpan > 1 ? { columnSpan: colSpan } : {}),
            ...(rowSpan > 1 ? { rowSpan } : {}),
            ...(th && grid
              ? { shading: { type: ShadingType.CLEAR, fill: "E8E8E8", color: "auto" } }
              : {}),
            borders: { top: border, bottom: border, left: border, right: border },
          });
        }),
      }),
  );
  return new Table({
    rows: rowsOut.length
      ? rowsOut
      : [new TableRow({ children: [new TableCell({ children: [new Paragraph({})] })] })],
    width: { size: convertMillimetersToTwip(ctx.textWidthMm), type: WidthType.DXA },
    columnWidths: widths,
  });
}

/**
 * Column widths in twips across the text width, by how much each column holds (as a browser's
 * automatic table layout does): a long description gets room, a year or a score little.
 */
function columnWidths(rows: readonly Element[][], textWidthMm: number, charMm: number): number[] {
  const least: number[] = []; // its longest word, in characters
  const wants: number[] = []; // its longest text, up to a line's worth
  const taken: number[] = []; // rows still covered by a rowspan, per column
  for (const cells of rows) {
    let col = 0;
    for (const cell of cells) {
      while ((taken[col] ?? 0) > 0) col++;
      const colSpan = Number(attr(cell, "colspan") ?? 1);
      const rowSpan = Number(attr(cell, "rowspan") ?? 1);
      const text = textContent(cell).replace(/\s+/g, " ").trim();
      for (let k = 0; k < colSpan; k++) {
        least[col + k] ??= 3;
        wants[col + k] ??= 3;
        if (colSpan === 1) {
          const word = Math.max(0, ...text.split(" ").map((w) => w.length));
          least[col] = Math.max(least[col]!, Math.min(word, 14) + 3);
          wants[col] = Math.max(wants[col]!, Math.min(text.length, 45));
        }
        if (rowSpan > 1) taken[col + k] = rowSpan;
      }
      col += colSpan;
    }
    for (let k = 0; k < taken.length; k++) if ((taken[k] ?? 0) > 0) taken[k]!--;
  }
  // Every column as wide as its longest word first, the rest shared by how much more each holds.
  const mm = (chars: number) => chars * charMm;
  const floor = least.map(mm);
  const base = floor.reduce((a, b) => a + b, 0);
  const scale = base > textWidthMm ? textWidthMm / base : 1;
  const extra = Math.max(0, textWidthMm - base);
  const more = least.map((l, c) => Math.max(0, mm(wants[c]!) - mm(l)));
  const moreTotal = more.reduce((a, b) => a + b, 0);
  return floor.map((f, c) =>
    convertMillimetersToTwip(
      f * scale + (moreTotal ? (extra * more[c]!) / moreTotal : extra / floor.length),
    ),
  );
}

function boldCell(cell: Element, size: number | undefined): Paragraph[] {
  return [
    new Paragraph({
      children: inlineRuns(cell.childNodes, { bold: true, italics: false }, size),
      alignment: AlignmentType.LEFT,
      spacing: { after: 0 },
    }),
  ];
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
          transformation: {
            width: Math.round(f.width * PX_TO_EMU_PX),
            height: Math.round(f.height * PX_TO_EMU_PX),
          },
        }),
      ],
    }),
  ];
}

/** The lines of the Lampiran heading: its table's cells. */
function rows(e: Element): Node[][] {
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

/**
 * The package as Word and LibreOffice read it alike, and the same bytes for the same document
 * and date: the table of contents' field in runs of its own (LibreOffice shows the field code
 * otherwise) with its page numbers at the right margin of this paper, every file stamped with
 * the build's date, and the document's created and modified dates set to it.
 */
function finish(buffer: Uint8Array, date: Date, textWidthTwip: number): Uint8Array {
  const files = unzipSync(buffer);
  const body = files["word/document.xml"];
  let drawings = 0;
  if (body)
    files["word/document.xml"] = strToU8(
      strFromU8(body)
        .replace(
          /<w:r>(<w:fldChar w:fldCharType="begin"[^>]*\/>)(<w:instrText[^>]*>[^<]*<\/w:instrText>)(<w:fldChar w:fldCharType="separate"\/>)<\/w:r>/g,
          "<w:r>$1</w:r><w:r>$2</w:r><w:r>$3</w:r>",
        )
        .replace(
          /<w:sdtPr><w:alias w:val="([^"]*)"\/><\/w:sdtPr>/g,
          '<w:sdtPr><w:alias w:val="$1"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>',
        )
        .replace(/ w:dirty="false"/g, "")
        // Each drawing its own id, as Word requires.
        .replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++drawings}"`)
        .replace(/<w:tab w:val="clear" w:pos="9026"\/>/g, "")
        .replace(
          /<w:tab w:val="right" w:pos="9025"/g,
          `<w:tab w:val="right" w:pos="${textWidthTwip}"`,
        ),
    );
  return reproducible(files, date);
}

function reproducible(files: Record<string, Uint8Array>, date: Date): Uint8Array {
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, "Z");
  const core = files["docProps/core.xml"];
  if (core)
    files["docProps/core.xml"] = strToU8(
      strFromU8(core).replace(
        /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
        `$1${stamp}$2`,
      ),
    );
  // ZIP times start in 1980.
  const mtime = new Date(Math.max(date.getTime(), Date.UTC(1980, 0, 2)));
  const sorted = Object.fromEntries(
    Object.keys(files)
      .sort((a, b) =>
        a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : a.localeCompare(b),
      )
      .map((k) => [k, [files[k]!, { mtime, level: 6 }] as const]),
  );
  return zipSync(sorted as Parameters<typeof zipSync>[0]);
}

/** Text Word keeps on one line: no-break spaces, and a word joiner after a dash. */
function unbreakable(text: string): string {
  return text.replace(/ /g, "\u00a0").replace(/([–-])/g, "\u2060$1\u2060");
}

function all(n: Node, test: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (m: Node) => {
    if (isElement(m) && test(m)) out.push(m);
    for (const c of "childNodes" in m ? (m as Element).childNodes : []) walk(c);
  };
  walk(n);
  return out;
}

function isElement(n: Node, tag?: string): n is Element {
  return "tagName" in n && (tag === undefined || (n as Element).tagName === tag);
}

function attr(e: Element, name: string): string | null {
  return e.attrs.find((a) => a.name === name)?.value ?? null;
}

function hasClass(e: Element, ...names: string[]): boolean {
  const classes = (attr(e, "class") ?? "").split(/\s+/);
  return names.some((n) => classes.includes(n));
}

function hasAncestorClass(e: Element, name: string): boolean {
  for (let n: Node | null = e; n && isElement(n); n = (n as Element).parentNode as Node | null)
    if (hasClass(n, name)) return true;
  return false;
}

function hasBlockChild(e: Element): boolean {
  return e.childNodes.some((c) => isElement(c) && !INLINE.has(c.tagName));
}

function textContent(n: Node): string {
  if (n.nodeName === "#text") return (n as DefaultTreeAdapterMap["textNode"]).value;
  if (n.nodeName === "br") return " ";
  return isElement(n) ? n.childNodes.map(textContent).join("") : "";
}

function find(n: Node, test: (e: Element) => boolean): Element | null {
  if (isElement(n) && test(n)) return n;
  for (const c of "childNodes" in n ? (n as Element).childNodes : []) {
    const f = find(c, test);
    if (f) return f;
  }
  return null;
}
