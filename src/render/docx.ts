import {
  AlignmentType,
  convertMillimetersToTwip,
  Document,
  Header,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from "docx";
import { parse } from "parse5";
import type { DocumentModel } from "../model/document-model.js";
import { blocks, LEGAL, type DocxFigure, type Walk } from "./docx-blocks.js";
import { DOCX_FONT, find, SIZE } from "./docx-html.js";
import { finish } from "./docx-package.js";

export { DOCX_FONT } from "./docx-html.js";
export type { DocxFigure } from "./docx-blocks.js";

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
