import type { ThemeFonts } from "../load/theme-fonts.js";
import { BOOKMAN_DESIGN, PREFERRED_FONT } from "../load/theme-fonts.js";
import type { DocumentKind } from "../model/documents.js";
import { fontFamilies } from "../print/pdf-fonts.js";
import type { Printed } from "../print/printer.js";

/**
 * Something the reader of a build's outputs should know, as data: a code, the document it is
 * about (null for the build as a whole) and the values the CLI words it with.
 */
export interface BuildNote {
  code:
    | "font/unconvertible"
    | "font/fallback"
    | "font/other-faces"
    | "font/type3"
    | "print/overflow"
    | "print/toc-unnumbered"
    | "print/toc-moving"
    | "print/blocked-requests"
    | "print/removed-links";
  document: DocumentKind | null;
  values: Record<string, string | number | null>;
}

/** What a printed document's fonts, layout and links tell its reader. */
export function buildNotes(
  document: DocumentKind,
  printed: Printed,
  fonts: ThemeFonts,
): BuildNote[] {
  const note = (code: BuildNote["code"], values: BuildNote["values"] = {}): BuildNote => ({
    code,
    document,
    values,
  });
  const notes: BuildNote[] = [];
  const used = fontFamilies(printed.fonts);
  const main = used.includes(PREFERRED_FONT) ? PREFERRED_FONT : fonts.embedded;
  if (main !== PREFERRED_FONT && main !== BOOKMAN_DESIGN)
    notes.push(note("font/fallback", { face: main }));
  const others = used.filter((f) => f !== main);
  if (others.length)
    notes.push(note("font/other-faces", { face: main, others: others.join(", ") }));
  for (const n of printed.notes)
    notes.push(
      n.code === "overflow"
        ? note("print/overflow", {
            px: n.overflow.px,
            what: n.overflow.what,
            name: n.overflow.name,
            heading: n.overflow.heading,
          })
        : note(n.code === "toc-unnumbered" ? "print/toc-unnumbered" : "print/toc-moving"),
    );
  if (printed.blockedRequests.length)
    notes.push(note("print/blocked-requests", { count: printed.blockedRequests.length }));
  if (printed.removedLinks.length)
    notes.push(
      note("print/removed-links", {
        count: printed.removedLinks.length,
        examples: [...new Set(printed.removedLinks)].slice(0, 3).join(", "),
      }),
    );
  const type3 = printed.fonts.filter((f) => f.subtype === "Type3").map((f) => f.name);
  if (type3.length) notes.push(note("font/type3", { fonts: type3.join(", ") }));
  return notes;
}
