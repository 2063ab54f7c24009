import { describe, expect, it } from "vitest";
import { FIRST_PAGE_UNNUMBERED } from "../../src/render/page-css.js";
import { splitDocument } from "../../src/print/split-document.js";

const HEAD = `<!doctype html><html><head><style>${FIRST_PAGE_UNNUMBERED}</style></head><body class="doc">`;
const TAIL = `<div class="signature">ttd</div></body></html>`;

const rows = (n: number) => "<p>x</p>".repeat(n);
const section = (id: string, n: number) =>
  `<section class="section level-2"><h2 id="${id}">${id}</h2>${rows(n)}</section>`;
const chapter = (id: string, body: string) =>
  `<section class="chapter" id="c-${id}"><h1 id="${id}">${id}</h1>${body}</section>`;
const toc = (ids: string[]) =>
  `<nav class="toc">${ids.map((id) => `<a href="#${id}">${id}</a><span data-toc-page="${id}">7</span>`).join("")}</nav>`;

const doc = (...chapters: string[]) =>
  `${HEAD}<header>Lampiran</header>${toc(["bab-1", "bab-2", "bab-2-2", "bab-3"])}${chapters.join("")}${TAIL}`;

/** A part's body, without the stand-ins and hidden links it was given. */
const bodyOf = (html: string) =>
  html
    .slice(html.indexOf(">", html.indexOf("<body")) + 1, html.lastIndexOf("</body>"))
    .replace(/<div aria-hidden="true" style="height:0;overflow:hidden">.*?<\/div>/, "")
    .replace(/<div style="display:none">.*?<\/div>/, "");

const big = doc(
  chapter("bab-1", section("bab-1-1", 10)),
  chapter(
    "bab-2",
    `<p>intro</p>${section("bab-2-1", 60)}${section("bab-2-2", 60)}${section("bab-2-3", 60)}`,
  ),
  chapter("bab-3", section("bab-3-1", 10)),
);

describe("splitting a document into parts", () => {
  it("leaves a document within the limit whole, and one without chapters", () => {
    expect(splitDocument(big, 10_000)).toBeNull();
    expect(splitDocument(`${HEAD}${rows(500)}${TAIL}`, 100)).toBeNull();
    expect(splitDocument("<p>no body</p>", 1)).toBeNull();
  });

  it("puts the front matter alone, cuts at chapters, and a long chapter at its sections", () => {
    const parts = splitDocument(big, 100)!;
    const bodies = parts.map((p) => bodyOf(p.html(1)));
    expect(bodies[0]).toMatch(/^<header>Lampiran<\/header><nav class="toc">/);
    expect(bodies[0]).not.toContain('class="chapter"');
    // Chapter 2 is too long for a part: each of its sections but the first begins one, the
    // chapter opened again (without its id, which stays with its heading) and closed.
    // Chapter 1 and the start of chapter 2 fit in one part; sections 2.2 and 2.3 each begin
    // one, the chapter opened again (without its id, which stays with its heading) and closed.
    expect(bodies.map((b) => /<h\d id="([^"]+)"/.exec(b)?.[1])).toEqual([
      undefined,
      "bab-1",
      "bab-2-2",
      "bab-2-3",
    ]);
    expect(bodies[1]).toMatch(/<h2 id="bab-2-1">.*<\/section>$/);
    expect(bodies[2]).toMatch(
      /^<section class="chapter"><section class="section level-2"><h2 id="bab-2-2">/,
    );
    expect(bodies[2]).toMatch(/<\/section><\/section>$/);
    expect(bodies[3]).toMatch(
      /^<section class="chapter"><section class="section level-2"><h2 id="bab-2-3">/,
    );
    expect(bodies[3]).toContain('<h1 id="bab-3">');
    for (const body of bodies) {
      const opened = body.match(/<section\b/g)?.length ?? 0;
      expect(body.match(/<\/section>/g)?.length ?? 0).toBe(opened);
    }
    // Nothing lost, nothing twice: the parts hold the body as it was, but for the wrappers.
    const joined = bodies
      .map((b, i) => (i >= 2 ? b.replace(/^<section class="chapter">/, "") : b))
      .map((b, i) => (i === 1 || i === 2 ? b.replace(/<\/section>$/, "") : b))
      .join("");
    expect(joined).toBe(bodyOf(big).replace(/\sdata-toc-page="/g, ' data-toc-filled="'));
    expect(parts.map((p) => p.levels)).toEqual([[], [1, 2, 1, 2], [2], [2, 1, 2]]);
  });

  it("gives a part stand-ins for the places it links to elsewhere, and links to its own", () => {
    const parts = splitDocument(big, 100)!;
    expect([...parts[0]!.stubs].sort()).toEqual(["bab-1", "bab-2", "bab-2-2", "bab-3"]);
    const front = parts[0]!.html(1);
    expect(front).toContain('<span id="bab-2-2"></span>');
    // The part that holds 2.2 links to it unseen, so that its page is written down.
    const holder = parts[2]!.html(9);
    expect(holder).toContain('<div style="display:none"><a href="#bab-2-2"></a></div>');
    expect(parts[2]!.stubs.size).toBe(0);
    expect(parts[2]!.own.has("bab-2-2")).toBe(true);
    expect(parts[2]!.own.has("bab-1")).toBe(false);
    expect(parts[2]!.firstAnchor).toBe("bab-2-2");
    expect(parts[1]!.html(3)).toContain('<a href="#bab-1"></a><a href="#bab-2"></a>');
  });

  it("numbers a later part's pages on from the last, its first page numbered too", () => {
    const parts = splitDocument(big, 100)!;
    expect(parts[0]!.html(1)).toContain(FIRST_PAGE_UNNUMBERED);
    expect(parts[0]!.html(1)).not.toContain("counter-reset");
    const later = parts[2]!.html(12);
    expect(later).toContain(
      "<style data-mp-first-page>html { counter-reset: page 11; }</style></head>",
    );
    expect(later).not.toContain(FIRST_PAGE_UNNUMBERED);
  });

  it("keeps a table of contents' numbers as rendered, for the part's print not to renumber", () => {
    const front = splitDocument(big, 100)![0]!.html(1);
    expect(front).not.toContain("data-toc-page=");
    expect(front).toContain('<span data-toc-filled="bab-2">7</span>');
  });

  it("cuts a section too long for a part at its own sections, inside the ones around it", () => {
    const program = (id: string) =>
      `<section class="section level-3 keep"><h3 id="${id}">${id}</h3>${rows(40)}</section>`;
    const programs = `<section class="section level-2" id="s-6-2"><h2 id="bab-6-2">6.2</h2>${program("p1")}${program("p2")}${program("p3")}</section>`;
    const html = doc(chapter("bab-6", `${section("bab-6-1", 5)}${programs}`));
    const parts = splitDocument(html, 60)!;
    const bodies = parts.map((p) => bodyOf(p.html(2)));
    expect(bodies.map((b) => /<h\d id="([^"]+)"/.exec(b)?.[1])).toEqual([
      undefined,
      "bab-6",
      "p2",
      "p3",
    ]);
    expect(bodies[2]).toMatch(
      /^<section class="chapter"><section class="section level-2"><section class="section level-3 keep"><h3 id="p2">/,
    );
    expect(bodies[2]).toMatch(/<\/section><\/section><\/section>$/);
    expect(bodies[1]).toMatch(/<h3 id="p1">.*<\/section><\/section><\/section>$/);
    for (const body of bodies)
      expect(body.match(/<\/section>/g)?.length ?? 0).toBe(body.match(/<section\b/g)?.length ?? 0);
    expect(parts.map((p) => p.levels)).toEqual([[], [1, 2, 2, 3], [3], [3]]);
  });

  it("does not cut a document whose sections do not nest", () => {
    const broken = doc(
      chapter("bab-1", section("bab-1-1", 200)),
      "</section></section>",
      chapter("bab-2", rows(200)),
    );
    expect(splitDocument(broken, 100)).toBeNull();
  });
});
