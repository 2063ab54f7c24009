import { FIRST_PAGE_UNNUMBERED } from "../render/page-css.js";
import { decodeEntities, headings } from "./headings.js";

/**
 * A long document is printed in parts, each a document of its own, and the PDFs joined
 * (join-pdf.ts): Chromium's print time grows faster than the document (print-cost.ts), so
 * parts of a bounded size print in time that grows with the document, in bounded memory.
 *
 * Parts begin where a page begins anyway: at a chapter (which starts a page), and, in a
 * chapter longer than a part may be, at one of its sections, which then starts a page too.
 * The front matter (the heading, the table of contents) is a part of its own, so that the
 * part printed again once the page numbers are known is a short one.
 */
export interface DocumentPart {
  /** The part's HTML, its pages numbered from `firstPage`. */
  html(firstPage: number): string;
  /** The level (1–6) of each of its headings, in order. */
  levels: number[];
  /** The part's own anchors (the id of each element that has one), as Chromium names them. */
  own: Set<string>;
  /** Anchors the part links to in other parts: stand-ins for them close the part. */
  stubs: Set<string>;
  /** The first heading's anchor, whose page is where the part began in an earlier build. */
  firstAnchor: string | null;
  elements: number;
}

/**
 * Counts start tags between two offsets, as print-cost.ts counts a document's: the tags are
 * found once, and each count is two searches among them.
 */
function elementCounter(html: string, from: number, to: number): (a: number, b: number) => number {
  const starts: number[] = [];
  for (let i = html.indexOf("<", from); i >= 0 && i < to; i = html.indexOf("<", i + 1)) {
    const c = html.charCodeAt(i + 1);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) starts.push(i);
  }
  const below = (at: number) => {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < at) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  return (a, b) => below(b) - below(a);
}

/**
 * A place a part may begin, and the sections it is in: those are opened again (without their
 * ids, which stay with the first part) in the part beginning here, and closed in the one before.
 */
interface Cut {
  at: number;
  /** The opening tags of the sections the cut is in, outermost first. */
  open: string;
  /** How many sections the cut is in. */
  depth: number;
  /** A part must begin here (the first chapter, after the front matter). */
  forced: boolean;
}

/**
 * The document in parts of at most `maxElements` elements where it can be cut so, or null
 * when it is short enough to print whole (or has no chapters to cut at).
 */
export function splitDocument(html: string, maxElements: number): DocumentPart[] | null {
  const bodyAt = html.search(/<body\b/i);
  const contentStart = bodyAt < 0 ? -1 : html.indexOf(">", bodyAt) + 1;
  const contentEnd = html.lastIndexOf("</body>");
  if (contentStart <= 0 || contentEnd < contentStart) return null;
  const elementsIn = elementCounter(html, contentStart, contentEnd);
  if (elementsIn(contentStart, contentEnd) <= maxElements) return null;
  const cuts = cutsOf(html, contentStart, contentEnd, (a, b) => elementsIn(a, b) > maxElements);
  if (cuts.length === 0) return null;
  // Segments between cuts, grouped while they fit.
  const bounds = [contentStart, ...cuts.map((c) => c.at), contentEnd];
  const groups: Array<{ from: number; to: number; elements: number }> = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const elements = elementsIn(bounds[i]!, bounds[i + 1]!);
    const last = groups[groups.length - 1];
    const cut = i > 0 ? cuts[i - 1]! : null;
    if (last && !cut?.forced && last.elements + elements <= maxElements) {
      last.to = bounds[i + 1]!;
      last.elements += elements;
    } else groups.push({ from: bounds[i]!, to: bounds[i + 1]!, elements });
  }
  if (groups.length < 2) return null;
  const cutAt = new Map(cuts.map((c) => [c.at, c]));
  const head = html.slice(0, contentStart);
  const tail = html.slice(contentEnd);
  const contents = groups.map(({ from, to }) => {
    const opened = cutAt.get(from)?.open ?? "";
    const closes = "</section>".repeat(cutAt.get(to)?.depth ?? 0);
    return `${opened}${html.slice(from, to)}${closes}`;
  });
  const anchors = contents.map(anchorsOf);
  // A place another part links to gets its page written down by a link in its own part.
  const wanted = new Set(anchors.flatMap((a) => [...a.stubs]));
  return contents.map((content, k) =>
    part(head, content, tail, groups[k]!.elements, anchors[k]!, wanted),
  );
}

/** The ids a part has, and those it links to that it does not have. */
function anchorsOf(content: string): { own: Set<string>; stubs: Set<string> } {
  const own = new Set<string>();
  for (const m of content.matchAll(/\sid="([^"]*)"/g)) own.add(decodeEntities(m[1]!));
  const linked = new Set<string>();
  for (const m of content.matchAll(/\shref="#([^"]+)"/g)) linked.add(decodeEntities(m[1]!));
  return { own, stubs: new Set([...linked].filter((id) => !own.has(id))) };
}

/**
 * Where parts may begin: every chapter (a `section` of class `chapter` at the top of the
 * body), every section but the first of a chapter too long for one part, and so on down: every
 * section but the first of a section in a chapter too long for one part.
 */
function cutsOf(
  html: string,
  from: number,
  to: number,
  tooLong: (a: number, b: number) => boolean,
): Cut[] {
  const cuts: Cut[] = [];
  const tags = /<section\b[^>]*>|<\/section>/g;
  tags.lastIndex = from;
  /** The sections open, outermost first; those in a chapter note where their sections begin. */
  const open: Array<{ at: number; tag: string; sections: number[] | null }> = [];
  let chapters = 0;
  for (let m = tags.exec(html); m && m.index < to; m = tags.exec(html)) {
    const tag = m[0];
    if (tag !== "</section>") {
      const chapter = open.length === 0 && /\bclass="[^"]*\bchapter\b/.test(tag);
      if (chapter) cuts.push({ at: m.index, open: "", depth: 0, forced: chapters++ === 0 });
      const parent = open[open.length - 1];
      parent?.sections?.push(m.index);
      open.push({ at: m.index, tag, sections: chapter || parent?.sections ? [] : null });
      continue;
    }
    // Sections that do not nest leave no place known to begin a page: print it whole.
    const section = open.pop();
    if (!section) return [];
    if (!section.sections || !tooLong(section.at, m.index + tag.length)) continue;
    const around = [...open, section];
    const opening = around
      .map((s) => s.tag.replace(/\s(id|aria-labelledby)="[^"]*"/g, ""))
      .join("");
    for (const at of section.sections.slice(1))
      cuts.push({ at, open: opening, depth: around.length, forced: false });
  }
  return open.length === 0 ? cuts.sort((a, b) => a.at - b.at) : [];
}

function part(
  head: string,
  content: string,
  tail: string,
  elements: number,
  { own, stubs }: { own: Set<string>; stubs: Set<string> },
  wanted: ReadonlySet<string>,
): DocumentPart {
  const escape = (s: string) =>
    s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  // Empty and without height: a destination for each link out of the part, no box on the page.
  const standIns = stubs.size
    ? `<div aria-hidden="true" style="height:0;overflow:hidden">${[...stubs].map((id) => `<span id="${escape(id)}"></span>`).join("")}</div>`
    : "";
  // Unseen links to the part's places that others link to, so that Chromium gives their pages.
  const targets = [...own].filter((id) => wanted.has(id));
  const links = targets.length
    ? `<div style="display:none">${targets.map((id) => `<a href="#${escape(id)}"></a>`).join("")}</div>`
    : "";
  const found = headings(content);
  // The theme's and the data-toc-page cells are filled before the split: nothing to number.
  const body = content.replace(/\sdata-toc-page="/g, ' data-toc-filled="');
  return {
    html(firstPage: number): string {
      const later = firstPage > 1;
      const start = later
        ? head
            .replace(FIRST_PAGE_UNNUMBERED, "")
            .replace(
              /<\/head>/i,
              `<style data-mp-first-page>html { counter-reset: page ${firstPage - 1}; }</style></head>`,
            )
        : head;
      return `${start}${body}${standIns}${links}${tail}`;
    },
    levels: found.map((h) => h.level),
    own,
    stubs,
    firstAnchor: found[0]?.anchor ? decodeEntities(found[0].anchor) : null,
    elements,
  };
}
