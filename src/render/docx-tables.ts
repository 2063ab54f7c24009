import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  WidthType,
  type ParagraphChild,
} from "docx";
import {
  attr,
  CHAR_MM,
  hasClass,
  isElement,
  SIZE,
  textContent,
  type Element,
} from "./docx-html.js";

/** How a cell's content and its bold header text become paragraphs (from the block walk). */
export interface CellContent {
  blocks(cell: Element, size: number | undefined): Array<Paragraph | Table>;
  runs(cell: Element, size: number | undefined): ParagraphChild[];
}

/** A real Word table: its header rows repeat on every page it runs over. */
export function table(e: Element, textWidthMm: number, content: CellContent): Table {
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
    textWidthMm,
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
          const inner = content.blocks(cell, size);
          return new TableCell({
            children: th
              ? boldCell(content, cell, size)
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
    width: { size: convertMillimetersToTwip(textWidthMm), type: WidthType.DXA },
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

function boldCell(content: CellContent, cell: Element, size: number | undefined): Paragraph[] {
  return [
    new Paragraph({
      children: content.runs(cell, size),
      alignment: AlignmentType.LEFT,
      spacing: { after: 0 },
    }),
  ];
}
