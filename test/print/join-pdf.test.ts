import { execFileSync } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { finishPdf } from "../../src/print/finish-pdf.js";
import { joinPdfs } from "../../src/print/join-pdf.js";
import { destinationsOf, pageNumbers } from "../../src/print/pdf-destinations.js";
import {
  PdfFile,
  Ref,
  Str,
  isDict,
  nameOf,
  type Dict,
  type Value,
} from "../../src/print/pdf-file.js";
import { renumberStructureIds } from "../../src/print/structure-ids.js";
import { classicPdf } from "../helpers/pdf-bytes.js";

interface Heading {
  title: string;
  page: 0 | 1;
}

/**
 * A part as Chromium prints one: two pages, a Document element with a heading and a table
 * cell naming it in /Headers, marked content keys per page and one for a link, an outline,
 * and named destinations, some of them stand-ins.
 */
function part(label: string, headings: Heading[], dests: Record<string, 0 | 1>, link: string) {
  const stream = (text: string) => `<</Length ${text.length}>> stream\n${text}\nendstream`;
  const outline = headings.map((_, i) => 50 + i);
  const objects: Record<number, string> = {
    1: "<</Type /Catalog /Pages 2 0 R /StructTreeRoot 3 0 R /Outlines 4 0 R /Dests 5 0 R /MarkInfo <</Marked true>>>>",
    2: "<</Type /Pages /Kids [10 0 R 11 0 R] /Count 2>>",
    3: "<</Type /StructTreeRoot /K 6 0 R /ParentTree 7 0 R /ParentTreeNextKey 3 /IDTree 8 0 R>>",
    4: `<</Type /Outlines /First ${outline[0]} 0 R /Last ${outline.at(-1)} 0 R /Count ${outline.length}>>`,
    5: `<<${Object.entries(dests)
      .map(([name, page]) => `/${name} [${10 + page} 0 R /XYZ 0 700 0]`)
      .join(" ")}>>`,
    6: "<</Type /StructElem /S /Document /P 3 0 R /K [20 0 R 21 0 R 22 0 R]>>",
    7: "<</Nums [0 30 0 R 1 31 0 R 2 22 0 R]>>",
    8: "<</Names [(node1) 20 0 R (node2) 21 0 R]>>",
    10: "<</Type /Page /Parent 2 0 R /Contents 12 0 R /StructParents 0 /Annots [40 0 R]>>",
    11: "<</Type /Page /Parent 2 0 R /Contents 13 0 R /StructParents 1>>",
    12: stream(`BT (${label}1) Tj ET`),
    13: stream(`BT (${label}2) Tj ET`),
    20: "<</Type /StructElem /S /TH /P 6 0 R /ID (node1) /Pg 10 0 R /K 0>>",
    21: "<</Type /StructElem /S /TD /P 6 0 R /ID (node2) /Pg 11 0 R /K 0 /A <</O /Table /Headers [(node1)]>>>>",
    22: "<</Type /StructElem /S /Link /P 6 0 R /K <</Type /OBJR /Obj 40 0 R>>>>",
    30: "[20 0 R]",
    31: "[21 0 R]",
    40: `<</Type /Annot /Subtype /Link /Rect [0 0 9 9] /Dest /${link} /StructParent 2>>`,
  };
  headings.forEach((h, i) => {
    const prev = i > 0 ? ` /Prev ${outline[i - 1]} 0 R` : "";
    const next = i + 1 < outline.length ? ` /Next ${outline[i + 1]} 0 R` : "";
    objects[outline[i]!] =
      `<</Title (${h.title}) /Parent 4 0 R${prev}${next} /Dest [${10 + h.page} 0 R /XYZ 0 800 0]>>`;
  });
  return new PdfFile(classicPdf(objects, 1));
}

// Part one: chapter 1, with the table of contents' stand-in for 2.2 on its second page.
const one = () => part("A", [{ title: "BAB I", page: 0 }], { "bab-1": 0, "bab-2-2": 1 }, "bab-2-2");
// Part two begins inside chapter 1: its 2.2 is a level-2 heading, then chapter 3.
const two = () =>
  part(
    "B",
    [
      { title: "2.2", page: 0 },
      { title: "BAB III", page: 1 },
    ],
    { "bab-2-2": 0, "bab-3": 1 },
    "bab-1",
  );

const joined = () =>
  joinPdfs([
    { pdf: one(), levels: [1], owns: (name) => name !== "bab-2-2" },
    { pdf: two(), levels: [2, 1], owns: () => true },
  ]);

const contents = (pdf: PdfFile, page: number) => {
  const stream = pdf.dict(page).get("Contents") as Ref;
  return Buffer.from(pdf.stream(stream.num).rest).toString("latin1");
};

function bookmarks(pdf: PdfFile): Array<{ title: string; depth: number; page: number }> {
  const index = new Map(pageNumbers(pdf).map((num, i) => [num, i + 1]));
  const out: Array<{ title: string; depth: number; page: number }> = [];
  const walk = (first: Value | undefined, depth: number) => {
    for (let item = first; item instanceof Ref;) {
      const dict = pdf.dict(item.num);
      const dest = dict.get("Dest") as Value[];
      out.push({
        title: (dict.get("Title") as Str).text(),
        depth,
        page: index.get((dest[0] as Ref).num)!,
      });
      walk(dict.get("First"), depth + 1);
      item = dict.get("Next");
    }
  };
  const outlines = pdf.resolve(pdf.dict(pdf.rootNum).get("Outlines")) as Dict;
  walk(outlines.get("First"), 1);
  return out;
}

describe("joining the parts of a document printed in parts", () => {
  it("keeps every page in order, each with its own content", () => {
    const pdf = joined();
    const pages = pageNumbers(pdf);
    expect(pages.map((num) => /\((\w+)\)/.exec(contents(pdf, num))?.[1])).toEqual([
      "A1",
      "A2",
      "B1",
      "B2",
    ]);
    const root = pdf.resolve(pdf.dict(pdf.rootNum).get("Pages")) as Dict;
    expect(root.get("Count")).toBe(4);
  });

  it("lands a link on the place in the other part, not on the stand-in", () => {
    const pdf = joined();
    const dests = destinationsOf(pdf);
    expect(Object.fromEntries(dests)).toEqual({ "bab-1": 1, "bab-2-2": 3, "bab-3": 4 });
    const pages = pageNumbers(pdf);
    const annots = pdf.resolve(pdf.dict(pages[0]!).get("Annots")) as Value[];
    const link = pdf.resolve(annots[0]) as Dict;
    expect(dests.get(nameOf(link.get("Dest"))!)).toBe(3);
  });

  it("nests the bookmarks by the headings' levels across parts", () => {
    expect(bookmarks(joined())).toEqual([
      { title: "BAB I", depth: 1, page: 1 },
      { title: "2.2", depth: 2, page: 3 },
      { title: "BAB III", depth: 1, page: 4 },
    ]);
    const outlines = joined();
    const top = outlines.resolve(outlines.dict(outlines.rootNum).get("Outlines")) as Dict;
    expect(top.get("Count")).toBe(3);
  });

  it("makes one structure: one Document, marked content keys that do not collide", () => {
    const pdf = joined();
    const root = pdf.resolve(pdf.dict(pdf.rootNum).get("StructTreeRoot")) as Dict;
    const document = pdf.resolve(root.get("K")) as Dict;
    expect(nameOf(document.get("S"))).toBe("Document");
    const kids = document.get("K") as Ref[];
    expect(kids).toHaveLength(6);
    const docRef = root.get("K") as Ref;
    for (const kid of kids) expect((pdf.dict(kid.num).get("P") as Ref).num).toBe(docRef.num);
    expect(root.get("ParentTreeNextKey")).toBe(6);
    const nums = (pdf.resolve(root.get("ParentTree")) as Dict).get("Nums") as Value[];
    expect(nums.filter((_, i) => i % 2 === 0)).toEqual([0, 1, 2, 3, 4, 5]);
    // Each page's key finds the elements of its own content; the link's, its link.
    const pages = pageNumbers(pdf);
    const at = (key: number) => nums[nums.indexOf(key) + 1]!;
    const third = pdf.dict(pages[2]!).get("StructParents") as number;
    expect(third).toBe(3);
    const [element] = pdf.resolve(at(third)) as Ref[];
    expect((pdf.dict(element!.num).get("ID") as Str).text()).toBe("p1-node1");
    const annots = pdf.resolve(pdf.dict(pages[2]!).get("Annots")) as Value[];
    const linkKey = (pdf.resolve(annots[0]) as Dict).get("StructParent") as number;
    expect(nameOf(pdf.dict((at(linkKey) as Ref).num).get("S"))).toBe("Link");
  });

  it("keeps each part's table headers its own once the ids are renamed", () => {
    const pdf = joined();
    renumberStructureIds(pdf);
    const root = pdf.resolve(pdf.dict(pdf.rootNum).get("StructTreeRoot")) as Dict;
    const names = (pdf.resolve(root.get("IDTree")) as Dict).get("Names") as Value[];
    const ids = names.filter((_, i) => i % 2 === 0).map((s) => (s as Str).text());
    expect(new Set(ids).size).toBe(4);
    const kids = (pdf.resolve(root.get("K")) as Dict).get("K") as Ref[];
    const header = (n: number) => {
      const a = pdf.dict(kids[n]!.num).get("A") as Dict;
      return (a.get("Headers") as Str[])[0]!.text();
    };
    const id = (n: number) => (pdf.dict(kids[n]!.num).get("ID") as Str).text();
    expect(header(1)).toBe(id(0));
    expect(header(4)).toBe(id(3));
    expect(id(3)).not.toBe(id(0));
  });

  it("gives a file that finishes and reads as a sound PDF", async () => {
    const done = finishPdf(joined(), {
      title: "t",
      author: "a",
      subject: "s",
      keywords: [],
      creator: "masterplan",
      date: new Date(0),
      paper: { widthMm: 215, heightMm: 330 },
      bookmarkTitles: ["BAB I", "2.2", "BAB III"],
    });
    expect(done.pages).toBe(4);
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), "mp-join-")), "joined.pdf");
    await writeFile(file, done.pdf);
    expect(execFileSync("qpdf", ["--check", file], { encoding: "utf8" })).toContain(
      "No syntax or stream encoding errors",
    );
    const one = joinPdfs([{ pdf: joined(), levels: [1, 2, 1], owns: () => true }]);
    expect(isDict(one.get(one.rootNum))).toBe(true);
  });
});
