import { splitForeign } from "./foreign-terms.js";

/** Elements whose text is left as it is: already italic, not body text, or not HTML text. */
const SKIP = new Set(["title", "style", "script", "svg", "em", "i", "code", "pre"]);

/** "TAHUN 2025–2045", "2025–2029": a year range, with its "Tahun" when it has one. */
const YEAR_RANGE =
  /(?:(?<![\p{L}])(?:TAHUN|Tahun|tahun)\s+)?(?<!\d)(?:19|20|21)\d{2}\s?[–—-]\s?(?:19|20|21)\d{2}(?!\d)/gu;

/**
 * The document's typography, on its finished HTML, so that every text follows it wherever it
 * comes from (plan prose, a label of the locale, a caption, a heading): foreign terms in italics,
 * also where the source broke a line inside them ("Smart / Economy"), and a year range never
 * broken across lines ("TAHUN 2025– / 2045"). Tags and attributes are left untouched.
 */
export function typeset(html: string, foreign: RegExp | null): string {
  const parts = html.split(/(<[^>]*>)/);
  let skipped = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 1) {
      const tag = /^<(\/?)([a-zA-Z][\w-]*)/.exec(part);
      if (tag && SKIP.has(tag[2]!.toLowerCase()) && !part.endsWith("/>"))
        skipped += tag[1] ? -1 : 1;
      continue;
    }
    if (skipped > 0 || part.trim() === "") continue;
    parts[i] = splitForeign(part, foreign)
      .map((p) =>
        p.foreign
          ? `<em class="foreign">${p.text}</em>`
          : p.text.replace(YEAR_RANGE, (r) => `<span class="nowrap">${r}</span>`),
      )
      .join("");
  }
  return parts.join("");
}
