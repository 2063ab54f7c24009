/** Content wider than the text area, which makes Chromium print every page smaller. */
export interface Overflow {
  px: number;
  /** What is too wide, in the reader's words: a table by its caption, or a long word. */
  culprit: string | null;
}

/**
 * An expression evaluated in the printed page: how far content passes the text width, and the
 * first element that does so, named by its table caption or its longest word and the heading
 * of its section. Plain ES5 in a string, as page scripts are off and only the inspector runs it.
 */
export const FIND_OVERFLOW = `(function () {
  var root = document.documentElement;
  if (!root || !document.body) return { px: 0, culprit: null };
  var width = root.clientWidth;
  var px = root.scrollWidth - width;
  if (px <= 0) return { px: 0, culprit: null };
  var clip = function (s) { s = s.replace(/\\s+/g, " ").trim(); return s.length > 60 ? s.slice(0, 59) + "…" : s; };
  var all = document.body.getElementsByTagName("*");
  for (var i = 0; i < all.length; i++) {
    var el = all[i];
    if (el.getBoundingClientRect().right <= width + 1) continue;
    var table = el.closest("table");
    var section = el.closest("section");
    var heading = section && section.querySelector("h1, h2, h3, h4, h5, h6");
    var where = heading ? " in “" + clip(heading.textContent) + "”" : "";
    if (table) {
      var caption = table.previousElementSibling;
      var name = caption && caption.classList.contains("caption") ? "the table “" + clip(caption.textContent) + "”" : "a table";
      return { px: px, culprit: name + where };
    }
    var words = (el.textContent || "").split(/\\s+/).sort(function (a, b) { return b.length - a.length; });
    if (words[0]) return { px: px, culprit: "the word “" + clip(words[0]) + "”" + where };
    return { px: px, culprit: "a <" + el.tagName.toLowerCase() + ">" + where };
  }
  return { px: px, culprit: null };
})()`;

/** The build's note about an overflow. */
export function overflowNote(o: Overflow): string {
  return (
    `Some content is ${o.px} px wider than the text area, so Chromium printed every page smaller` +
    (o.culprit ? `: ${o.culprit}.` : "; look for a wide table or a long word without spaces.") +
    " Make it narrower, or break the long word."
  );
}
