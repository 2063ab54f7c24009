import { isMap, isPair, isScalar, isSeq, Scalar, visit } from "yaml";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { parseSource } from "../load/source-file.js";
import { orderKeys } from "./key-order.js";

type JsonSchema = Record<string, unknown>;

/** The one style every plan file is written in. */
const STYLE = {
  indent: 2,
  indentSeq: true,
  lineWidth: 100,
  minContentWidth: 20,
  singleQuote: false,
} as const;

/**
 * Strings that YAML 1.1 readers (some editors, older tools) would take for something else: a
 * boolean, a null, a number or a date. They stay double-quoted so every reader agrees.
 */
const AMBIGUOUS =
  /^(?:y|yes|n|no|true|false|on|off|null|~|[-+]?(?:\d[\d_]*)?\.?\d+(?:[eE][-+]?\d+)?|[-+]?0[xob][\da-f_]+|\d+(?::[0-5]?\d)+|\d{4}-\d\d?-\d\d?.*)$/i;

const MODELINE = /^ ?yaml-language-server:/;

export interface FormatResult {
  /** The canonical text, or null when the file has YAML errors and must not be rewritten. */
  text: string | null;
  diagnostics: Diagnostic[];
}

/**
 * A plan file in canonical form: keys in schema order, one indentation, plain scalars unless a
 * quote is needed (double quotes then), multi-line text in literal blocks and long lines in
 * folded blocks, block collections (an empty one stays `[]`), comments kept with their keys and
 * the schema modeline on the first line. The data does not change.
 */
export function formatSource(path: string, bytes: Uint8Array, schema: JsonSchema): FormatResult {
  const { file, diagnostics } = parseSource(path, bytes);
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length || !file.doc) return { text: null, diagnostics: errors };
  const doc = file.doc;
  const header = takeHeader(doc.contents);
  orderKeys(doc.contents, schema, schema);
  putHeader(doc.contents, header);
  visit(doc, {
    Scalar(key, node, path) {
      if (typeof node.value !== "string" || key === "key") return;
      // Text of several lines (markdown) keeps its lines in a literal block; a line too long
      // for its key's line goes in a folded block; anything else is plain, or double-quoted
      // where it must be.
      if (node.value.includes("\n")) node.type = Scalar.BLOCK_LITERAL;
      else if (AMBIGUOUS.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
      else if (lineLength(node.value, path) > STYLE.lineWidth) node.type = Scalar.BLOCK_FOLDED;
      else node.type = undefined;
    },
    Map(_, node) {
      node.flow = node.items.length === 0;
    },
    Seq(_, node) {
      node.flow = node.items.length === 0;
    },
  });
  doc.commentBefore = modelineFirst(doc.commentBefore ?? null);
  return { text: doc.toString(STYLE), diagnostics: [] };
}

/** The length of `key: value` (or `- value`) written on one line at its depth. */
function lineLength(value: string, path: readonly unknown[]): number {
  const depth = path.filter((n) => isMap(n) || isSeq(n)).length;
  const parent = path[path.length - 1];
  const key = isPair(parent) && isScalar(parent.key) ? String(parent.key.value) : "";
  return STYLE.indent * Math.max(0, depth - 1) + key.length + 2 + value.length;
}

/**
 * The file's leading comment (the modeline and any header) sits on the first key: take it off,
 * so that it stays at the top when that key moves. A part after the last blank line, without
 * the modeline, is the key's own comment and stays with it.
 */
function takeHeader(contents: unknown): string | null {
  const first = isMap(contents) ? contents.items[0] : undefined;
  if (!isPair(first) || !isScalar(first.key) || !first.key.commentBefore) return null;
  const comment = first.key.commentBefore;
  const lines = comment.split("\n");
  const blank = lines.lastIndexOf("");
  const own = blank === -1 ? [] : lines.slice(blank + 1);
  if (own.length && own.some((l) => MODELINE.test(l))) return null;
  if (blank === -1 && !lines.some((l) => MODELINE.test(l))) return null;
  const header = blank === -1 ? lines : lines.slice(0, blank);
  first.key.commentBefore = own.length ? own.join("\n") : undefined;
  return header.join("\n");
}

/** Puts the header back above whichever key is first now, modeline first. */
function putHeader(contents: unknown, header: string | null): void {
  const first = isMap(contents) ? contents.items[0] : undefined;
  if (header === null || !isPair(first) || !isScalar(first.key)) return;
  const own = first.key.commentBefore;
  first.key.commentBefore = [modelineFirst(header), ...(own ? ["", own] : [])].join("\n");
}

/** Moves the `# yaml-language-server: $schema=…` line to the top of the leading comment. */
function modelineFirst(comment: string): string;
function modelineFirst(comment: string | null): string | null;
function modelineFirst(comment: string | null): string | null {
  if (comment === null) return null;
  const lines = comment.split("\n");
  const at = lines.findIndex((l) => MODELINE.test(l));
  if (at <= 0) return comment;
  const [modeline] = lines.splice(at, 1);
  return [modeline!, ...lines].join("\n");
}
