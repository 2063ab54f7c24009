/** Content wider than the text area, which makes Chromium print every page smaller. */
export interface Overflow {
  px: number;
  /** What is too wide: a table (by its caption), a long word, or another element (its tag). */
  what: "table" | "word" | "element" | null;
  /** The table's caption, the word or the tag; null for a table without a caption. */
  name: string | null;
  /** The heading of the section it stands in, or null. */
  heading: string | null;
}

/**
 * An expression evaluated in the printed page: how far content passes the text width, and the
 * first element that does so, named by its table caption or its longest word and the heading
 * of its section. Plain ES5 in a string, as page scripts are off and only the inspector runs it.
 */
export const FIND_OVERFLOW = `(function () {
  var none = { px: 0, what: null, name: null, heading: null };
  var root = document.documentElement;
  if (!root || !document.body) return none;
  var width = root.clientWidth;
  var px = root.scrollWidth - width;
  if (px <= 0) return none;
  var clip = function (s) { s = s.replace(/\\s+/g, " ").trim(); return s.length > 60 ? s.slice(0, 59) + "…" : s; };
  var all = document.body.getElementsByTagName("*");
  for (var i = 0; i < all.length; i++) {
    var el = all[i];
    if (el.getBoundingClientRect().right <= width + 1) continue;
    var table = el.closest("table");
    var section = el.closest("section");
    var heading = section && section.querySelector("h1, h2, h3, h4, h5, h6");
    var where = heading ? clip(heading.textContent) : null;
    if (table) {
      var caption = table.previousElementSibling;
      var named = caption && caption.classList.contains("caption") ? clip(caption.textContent) : null;
      return { px: px, what: "table", name: named, heading: where };
    }
    var words = (el.textContent || "").split(/\\s+/).sort(function (a, b) { return b.length - a.length; });
    if (words[0]) return { px: px, what: "word", name: clip(words[0]), heading: where };
    return { px: px, what: "element", name: el.tagName.toLowerCase(), heading: where };
  }
  return { px: px, what: null, name: null, heading: null };
})()`;
