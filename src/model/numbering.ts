import { roman } from "../text/roman.js";

export type NumberingStyle = "decimal" | "legal";

const LEGAL = [
  (n: number) => `${String.fromCharCode(64 + n)}.`,
  (n: number) => `${n}.`,
  (n: number) => `${String.fromCharCode(96 + n)}.`,
  (n: number) => `${n})`,
  (n: number) => `${String.fromCharCode(96 + n)})`,
];

/**
 * The number of a section inside chapter `chapter` at `path` (1-based at each level):
 * decimal gives "2.1" and "2.1.3"; legal outline gives "A.", "1.", "a.", "1)", "a)".
 */
export function sectionNumber(
  style: NumberingStyle,
  chapter: number,
  path: readonly number[],
): string {
  if (style === "decimal") return [chapter, ...path].join(".");
  const last = path[path.length - 1] ?? 1;
  const format = LEGAL[Math.min(path.length - 1, LEGAL.length - 1)]!;
  return format(last);
}

export function chapterLabel(chapterWord: string, n: number): string {
  return `${chapterWord} ${roman(n)}`;
}
