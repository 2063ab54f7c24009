import { execFileSync } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, expect, it } from "vitest";
import { growPlan } from "../../bench/grow-plan.js";
import { buildPlan } from "../../src/pipeline/build-plan.js";
import { headings } from "../../src/print/headings.js";
import { pdfInfo, pdfOutline, pdfText, type Bookmark } from "../helpers/pdf.js";

// A plan of thousands of programs is printed in parts of at most 60,000 elements: the front
// matter alone, chapters together while they fit, the long chapter of programs cut at its
// sections. This plan, grown twice over, is cut the same way with parts of 4,000.
const PART = 4000;
const EPOCH = { ...process.env, SOURCE_DATE_EPOCH: "1767225600" };
const NAME = "masterplan-smart-city-purbalingga";

interface Build {
  pdf: string;
  html: string;
  bytes: Buffer;
  prints: string[];
}

async function build(dir: string, out: string, partElements?: number): Promise<Build> {
  const prints: string[] = [];
  await buildPlan({
    target: { dir, outDir: out, documents: "masterplan", formats: ["html", "pdf"] },
    limits: { partElements },
    hooks: { onStep: (step) => void (/print pass/.test(step) && prints.push(step)) },
    environment: { env: EPOCH },
  });
  const pdf = path.join(out, `${NAME}.pdf`);
  return {
    pdf,
    html: await readFile(path.join(out, `${NAME}.html`), "utf8"),
    bytes: await readFile(pdf),
    prints,
  };
}

let plan: string;
let tmp: string;
let whole: Build;
let cold: Build;
let warm: Build;
let pages: string[];

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "mp-parts-"));
  plan = await growPlan(path.resolve("masterplan"), path.join(tmp, "plan"), 2);
  whole = await build(plan, path.join(tmp, "whole"));
  cold = await build(plan, path.join(tmp, "parts"), PART);
  warm = await build(plan, path.join(tmp, "parts"), PART);
  pages = pdfText(cold.pdf).split("\f").slice(0, -1);
}, 300_000);

const partsOf = (prints: string[]) => new Set(prints.map((s) => /^part \d+\/(\d+)/.exec(s)?.[1]));

it("prints the plan in parts, each part once a build knows its pages", () => {
  expect(whole.prints.every((s) => !s.startsWith("part"))).toBe(true);
  const [count] = [...partsOf(cold.prints)];
  expect(Number(count)).toBeGreaterThanOrEqual(6);
  // Cold: each part finds where its tables break, then prints; the first again, numbered.
  expect(cold.prints.length).toBeLessThanOrEqual(2 * Number(count) + 2);
  // Warm: the last build's pages hold, one print per part.
  expect(warm.prints).toHaveLength(Number(count));
  expect(warm.bytes.equals(cold.bytes)).toBe(true);
});

it("numbers the pages on from part to part", () => {
  expect(pages.length).toBe(Number(pdfInfo(cold.pdf).Pages));
  pages.forEach((text, i) => {
    const top = text
      .split("\n")
      .find((l) => l.trim() !== "")!
      .trim();
    const number = /^-\s*(\d+)\s*-$/.exec(top)?.[1];
    expect(number, `page ${i + 1}`).toBe(i === 0 ? undefined : String(i + 1));
  });
});

const flat = (marks: Bookmark[], depth = 1): Array<Bookmark & { depth: number }> =>
  marks.flatMap((m) => [{ ...m, depth }, ...flat(m.kids, depth + 1)]);

it("gives one outline, nested as the whole print's, each bookmark on its heading's page", () => {
  const ours = flat(pdfOutline(cold.pdf));
  const theirs = flat(pdfOutline(whole.pdf));
  expect(ours.map((b) => [b.title, b.depth])).toEqual(theirs.map((b) => [b.title, b.depth]));
  expect(ours).toHaveLength(headings(cold.html).length);
  for (const b of ours) {
    const words = b.title.split(" ").slice(0, 3).join(" ");
    expect(pages[b.page - 1]!.replace(/\s+/g, " "), b.title).toContain(words);
  }
});

it("numbers the table of contents with the pages the headings landed on", () => {
  const byAnchor = new Map<string, number>();
  const marks = flat(pdfOutline(cold.pdf));
  headings(cold.html).forEach((h, i) => h.anchor && byAnchor.set(h.anchor, marks[i]!.page));
  const entries = [...cold.html.matchAll(/data-toc-page="([^"]+)">(\d*)</g)];
  expect(entries.length).toBeGreaterThan(20);
  for (const [, anchor, number] of entries)
    expect(Number(number), anchor).toBe(byAnchor.get(anchor!));
  // As printed: the table of contents' pages show those numbers.
  const toc = pages.slice(0, 6).join("\n");
  const last = entries.at(-1)!;
  expect(toc).toMatch(new RegExp(`\\s${last[2]}\\s*\\n`));
});

it("holds the whole print's text, tagged, in a file qpdf finds sound", () => {
  // Words only: the page numbers differ where a part begins a page inside a chapter.
  const words = (file: string) =>
    execFileSync("pdftotext", [file, "-"], { encoding: "utf8", maxBuffer: 1 << 28 })
      .split(/\s+/)
      .filter((w) => w !== "" && !/^[\d–-]+$/.test(w))
      .sort();
  expect(words(cold.pdf)).toEqual(words(whole.pdf));
  expect(pdfInfo(cold.pdf).Tagged).toBe("yes");
  expect(execFileSync("qpdf", ["--check", cold.pdf], { encoding: "utf8" })).toContain(
    "No syntax or stream encoding errors",
  );
});

it("stops at once when interrupted while parts print, those waiting for a page included", async () => {
  const controller = new AbortController();
  const out = path.join(tmp, "interrupted");
  let printing = 0;
  const started = performance.now();
  const build = buildPlan({
    target: { dir: plan, outDir: out, documents: "masterplan", formats: ["html", "pdf"] },
    limits: { partElements: PART },
    hooks: {
      // Two parts are loaded, the second waits for the first's pages: interrupt then.
      onStart: (step) => {
        if (/^part \d+\/\d+: print pass 1$/.test(step) && ++printing === 2) controller.abort();
      },
    },
    environment: { env: EPOCH, signal: controller.signal },
  });
  await expect(build).rejects.toMatchObject({ exitCode: 130 });
  expect(performance.now() - started).toBeLessThan(30_000);
  await expect(readFile(path.join(out, `${NAME}.pdf`))).rejects.toThrow();
});
