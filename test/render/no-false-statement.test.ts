import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { attr, elements, hasClass, readHtml, textOf, type Element } from "../helpers/html.js";
import { prepare } from "../../src/pipeline/prepare.js";
import { createRenderer } from "../../src/render/render-html.js";
import type { DocumentKind } from "../../src/model/documents.js";

/**
 * The documents of three plan shapes read as a Bagian Hukum would: the bundled kabupaten, a
 * kota, and a ten-year Perbup kabupaten with most facts unknown. What they print must be true.
 */
const PLANS = ["masterplan", "test/fixtures/kota-contoh", "test/fixtures/kabupaten-perbup"];

/** Never printed outside a drafting note. */
const FALSE = [
  "usulan tim penyusun",
  "Tahapan RPJPD",
  "readiness.yaml",
  "Nama populer",
  "Bergantung pada",
  "11.1 Penutup",
];

type Rendered = Map<DocumentKind, Element>;

/** The visible text of a document without its drafting notes, spaces collapsed. */
function bodyText(root: Element, without: (e: Element) => boolean): string {
  const strip = (node: Element): void => {
    node.childNodes = node.childNodes.filter((c) => !("tagName" in c) || !without(c as Element));
    for (const c of node.childNodes) if ("tagName" in c) strip(c as Element);
  };
  const copy = structuredClone(root);
  strip(copy);
  return textOf(copy).replace(/\s+/g, " ");
}

const draftingNote = (e: Element) => hasClass(e, "drafting-note");

describe.each(PLANS)("the documents of %s", (dir) => {
  let docs: Rendered;
  let allowed: string[];
  let ownVision: boolean;
  beforeAll(async () => {
    const p = await prepare(dir, { model: { documents: "all" } });
    expect(p.model, "the plan models").not.toBeNull();
    docs = new Map();
    ownVision = Boolean(p.sources!.manifest.data.vision);
    for (const kind of p.documents)
      docs.set(kind, readHtml(createRenderer(p.theme!, p.locale!, kind)(p.model!)));
    // "belum ditetapkan" is true where the plan says so: an agency written `belum-ditetapkan`
    // (printed as .unassigned), or the plan's own evidence text.
    allowed = (p.sources!.readiness?.data.pillars ?? []).flatMap((pl) =>
      pl.elements.flatMap((e) => (e.evidence ? [e.evidence.replace(/\s+/g, " ")] : [])),
    );
  });

  it("states nothing false outside a drafting note", () => {
    for (const [kind, root] of docs) {
      const text = bodyText(root, draftingNote);
      for (const phrase of FALSE) expect(text, `${kind}: ${phrase}`).not.toContain(phrase);
      expect(text, `${kind}: a commit hash`).not.toMatch(
        /(?<![\w.])(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}(?![\w])/,
      );
      let said = bodyText(root, (e) => draftingNote(e) || hasClass(e, "unassigned"));
      for (const evidence of allowed) said = said.split(evidence).join("");
      expect(said, `${kind}: "belum ditetapkan" for an unknown`).not.toContain("belum ditetapkan");
    }
  });

  it("prints the same smart-city vision in the ringkasan as in Bab IV", () => {
    const vision = (root: Element) =>
      elements(root)
        .filter((e) => hasClass(e, "masterplan-vision"))
        .map((e) => textOf(e).replace(/\s+/g, " ").trim());
    const own = vision(docs.get("masterplan")!);
    // A plan without a vision of its own prints the RPJPD's in the ringkasan, labelled as such.
    expect(own.length).toBe(ownVision ? 1 : 0);
    expect(vision(docs.get("ringkasan")!)).toEqual(own);
  });

  it("points each Bab reference at the chapter that holds what it names", async () => {
    const root = docs.get("masterplan")!;
    const chapters = elements(root).filter(
      (e) => e.tagName === "section" && hasClass(e, "chapter"),
    );
    const chapterOf = new Map<string, string>();
    for (const c of chapters) {
      const label = textOf(elements(c).find((e) => hasClass(e, "chapter-label"))!).trim();
      for (const e of elements(c)) {
        const block = attr(e, "data-block");
        if (block && !chapterOf.has(block)) chapterOf.set(block, label.replace("BAB", "Bab"));
      }
    }
    const text = bodyText(root, () => false);
    const sources = [
      ...(await readdir(path.join(dir, "chapters"))).map((f) => path.join(dir, "chapters", f)),
      "templates/default/locale.json",
    ];
    let walked = 0;
    for (const file of sources)
      for (const line of (await readFile(file, "utf8")).split("\n"))
        for (const m of line.matchAll(/([^{"]{0,30})\{bab:([a-z0-9-]+)\}/g)) {
          const block = m[2]!;
          // A reference of the locale prints only where its block is in the document.
          if (file.endsWith("locale.json") && !text.includes(m[1]!.replace(/\s+/g, " ").trim()))
            continue;
          expect(chapterOf.get(block), `${file}: {bab:${block}}`).toBeDefined();
          const before = m[1]!.replace(/\s+/g, " ").trimStart();
          expect(text, `${file}: {bab:${block}}`).toContain(`${before}${chapterOf.get(block)}`);
          walked++;
        }
    if (dir === "masterplan") expect(walked).toBeGreaterThanOrEqual(3);
  });
});
