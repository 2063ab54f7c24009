import { BOOKMAN_DESIGN, FONT_INSTALL_HINT, PREFERRED_FONT } from "../load/theme-fonts.js";
import type { BuildNote } from "../pipeline/build-notes.js";

/** A build's note in words. */
export function noteText(note: BuildNote): string {
  const v = note.values;
  switch (note.code) {
    case "font/unconvertible":
      return `${String(v.problem)}.`;
    case "font/fallback":
      return `Neither ${PREFERRED_FONT} nor ${BOOKMAN_DESIGN} is installed here, so the PDF is set in ${String(v.face)}. ${FONT_INSTALL_HINT}`;
    case "font/other-faces":
      return `Some characters are not in ${String(v.face)} and were set in ${String(v.others)}.`;
    case "font/type3":
      return `Some fonts were embedded as Type 3, which print shops reject: ${String(v.fonts)}.`;
    case "print/overflow":
      return `Some content is ${String(v.px)} px wider than the text area, so Chromium printed every page smaller${overflowCulprit(note)} Make it narrower, or break the long word.`;
    case "print/toc-unnumbered":
      return "The table of contents has no page numbers: the PDF has no link destinations.";
    case "print/toc-moving":
      return "Some table of contents page numbers may be off by a page: the layout kept moving between prints.";
    case "print/blocked-requests":
      return `Refused ${String(v.count)} network request(s) from the document.`;
    case "print/removed-links":
      return `Removed ${String(v.count)} link(s) that led neither to an http(s) address nor into the document: ${String(v.examples)}.`;
  }
}

function overflowCulprit({ values: v }: BuildNote): string {
  const where = v.heading === null ? "" : ` in “${String(v.heading)}”`;
  if (v.what === "table")
    return `: ${v.name === null ? "a table" : `the table “${String(v.name)}”`}${where}.`;
  if (v.what === "word") return `: the word “${String(v.name)}”${where}.`;
  if (v.what === "element") return `: a <${String(v.name)}>${where}.`;
  return "; look for a wide table or a long word without spaces.";
}
