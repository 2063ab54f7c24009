import type { PartialSources } from "./plan-sources.js";
import { roman } from "../text/roman.js";

/** `{bab:programs}` or `{bab:04-visi-misi}`: the chapter that holds a block, or a chapter by id. */
export const REFERENCE = /\{bab:([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;

/** Blocks another block places: the coordinators' table comes with governance. */
const PLACED_WITH: Record<string, string[]> = { governance: ["coordinators"] };

/**
 * The chapter number of every block and chapter id a text may refer to, as the document
 * numbers its chapters (by `order`). A block placed nowhere has no entry.
 */
export function chapterNumbers(plan: Pick<PartialSources, "chapters">): Map<string, number> {
  type Entry = { block?: string; sections?: readonly Entry[] };
  const kinds = (entries: readonly Entry[]): string[] =>
    entries.flatMap((e) => (e.block ? [e.block] : kinds(e.sections ?? [])));
  const out = new Map<string, number>();
  [...plan.chapters]
    .sort((a, b) => a.data.order - b.data.order)
    .forEach((c, i) => {
      out.set(c.data.id, i + 1);
      const placed = [
        ...kinds((c.data.sections ?? []) as readonly Entry[]),
        ...(c.data.blocks ?? []),
      ];
      for (const kind of placed.flatMap((k) => [k, ...(PLACED_WITH[k] ?? [])]))
        if (!out.has(kind)) out.set(kind, i + 1);
    });
  return out;
}

/** A text with each reference replaced by "Bab VI"; an unknown one is left for validation. */
export function expandReferences(
  text: string,
  numbers: ReadonlyMap<string, number>,
  word: string,
): string {
  return text.replace(REFERENCE, (whole, key: string) => {
    const n = numbers.get(key);
    return n === undefined ? whole : `${word} ${roman(n)}`;
  });
}
