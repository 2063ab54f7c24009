import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from "yaml";

/** One value of a document at its path: what a rewrite must keep exactly. */
export interface Leaf {
  /** The path, each key with its type ("s:name", "n:2025"), items by index. */
  path: string;
  /** The value with its type; a number as it is written (`n:1e400`, not Infinity). */
  value: string;
  /** Where the value begins in the document's text, to report a difference. */
  offset: number;
}

/** More values than any plan file holds: a document beyond it is not compared, only kept. */
const MAX_LEAVES = 2_000_000;

/**
 * Every value of a document, aliases followed, keyed by path: two documents hold the same data
 * exactly when their leaves are the same, whatever the order of their keys, their styles or
 * their comments. Numbers compare by their written text, so that a rewrite which keeps the value
 * a parser reads but not the number the author wrote (`12345678901234567891` read as
 * `12345678901234567000`) counts as a change. Null when the document expands past `MAX_LEAVES`.
 */
export function dataLeaves(doc: Document): Map<string, Leaf> | null {
  const leaves = new Map<string, Leaf>();
  const walk = (node: unknown, path: string, depth: number): boolean => {
    if (leaves.size > MAX_LEAVES || depth > 200) return false;
    let target = node;
    if (isAlias(target)) target = target.resolve(doc);
    const offset = (target as Node | null)?.range?.[0] ?? 0;
    if (isMap(target)) {
      if (target.items.length === 0) leaves.set(path, { path, value: "{}", offset });
      for (const pair of target.items) {
        if (!isPair(pair)) return false;
        const key = scalarText(isAlias(pair.key) ? pair.key.resolve(doc) : pair.key);
        if (key === null) return false;
        if (!walk(pair.value, `${path}/${key}`, depth + 1)) return false;
      }
      return true;
    }
    if (isSeq(target)) {
      if (target.items.length === 0) leaves.set(path, { path, value: "[]", offset });
      return target.items.every((item, i) => walk(item, `${path}/${i}`, depth + 1));
    }
    const value = target === null || target === undefined ? "~" : scalarText(target);
    if (value === null) return false;
    leaves.set(path, { path, value, offset });
    return true;
  };
  return walk(doc.contents, "", 0) ? leaves : null;
}

/** A scalar with its type, numbers as written; null for anything else. */
function scalarText(node: unknown): string | null {
  if (!isScalar(node)) return null;
  const v = node.value;
  if (v === null || v === undefined) return "~";
  if (typeof v === "number" || typeof v === "bigint")
    return `n:${typeof node.source === "string" ? node.source : String(v)}`;
  if (typeof v === "boolean") return `b:${v}`;
  if (typeof v === "string") return `s:${v}`;
  return null;
}

/** The first leaf of `before` that `after` lacks or holds otherwise; null when they agree. */
export function firstDifference(
  before: ReadonlyMap<string, Leaf>,
  after: ReadonlyMap<string, Leaf>,
): Leaf | null {
  for (const leaf of before.values()) if (after.get(leaf.path)?.value !== leaf.value) return leaf;
  if (after.size !== before.size) {
    for (const leaf of after.values()) if (!before.has(leaf.path)) return leaf;
  }
  return null;
}
