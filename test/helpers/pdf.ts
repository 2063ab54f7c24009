import { execFileSync } from "node:child_process";

/** Reads a PDF back with poppler and qpdf, as a reader's tools would see it. */
export function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ["-f", String(page), "-l", String(page)];
  return execFileSync("pdftotext", ["-layout", ...range, file, "-"], { encoding: "utf8" });
}

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  return Object.fromEntries(
    out
      .split("\n")
      .map((l) => /^([^:]+):\s*(.*)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!.trim(), m[2]!.trim()]),
  );
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
}

export function pdfFonts(file: string): FontRow[] {
  const lines = execFileSync("pdffonts", [file], { encoding: "utf8" })
    .split("\n")
    .slice(2)
    .filter(Boolean);
  return lines.map((line) => {
    const m = /^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)/.exec(line);
    if (!m) throw new Error(`unexpected pdffonts line: ${line}`);
    return { name: m[1]!, type: m[2]!, embedded: m[4] === "yes" };
  });
}

export interface Bookmark {
  title: string;
  page: number;
  kids: Bookmark[];
}

export function pdfOutline(file: string): Bookmark[] {
  const json = JSON.parse(
    execFileSync("qpdf", ["--json", "--json-key=outlines", file], { encoding: "utf8" }),
  ) as {
    outlines: Array<{ title: string; destpageposfrom1: number; kids: unknown[] }>;
  };
  const map = (o: { title: string; destpageposfrom1: number; kids: unknown[] }): Bookmark => ({
    title: o.title,
    page: o.destpageposfrom1,
    kids: (o.kids as Array<typeof o>).map(map),
  });
  return json.outlines.map(map);
}

export interface WordBox {
  text: string;
  yMin: number;
  height: number;
}

/** The words of a page with their boxes, in reading order. */
export function pageWords(file: string, page: number): WordBox[] {
  const xml = execFileSync(
    "pdftotext",
    ["-bbox", "-f", String(page), "-l", String(page), file, "-"],
    {
      encoding: "utf8",
    },
  );
  return [...xml.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({
    text: m[3]!,
    yMin: Number(m[1]),
    height: Number(m[2]) - Number(m[1]),
  }));
}

/** The median height of the words on a page, in points: about the font size of its body text. */
export function medianWordHeight(file: string, page: number): number {
  const heights = pageWords(file, page)
    .map((w) => w.height)
    .sort((a, b) => a - b);
  return heights[Math.floor(heights.length / 2)] ?? 0;
}

/**
 * The height of the running page number ("- 3 -"), printed at 12 pt in a margin box: Chromium
 * never scales margin boxes, so it is the reference a shrunk page is measured against.
 */
export function pageNumberHeight(file: string, page: number): number {
  const top = pageWords(file, page).sort((a, b) => a.yMin - b.yMin);
  const number = top.find((w) => w.text === String(page));
  if (!number) throw new Error(`no page number on page ${page}`);
  return number.height;
}
