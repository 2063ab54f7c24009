import {
  Alias,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  Scalar,
  visit,
  type Document,
  type Node,
} from "yaml";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { parseSource, position, type SourceFile } from "../load/source-file.js";
import { dataLeaves, firstDifference } from "./data-leaves.js";
import { orderKeys } from "./key-order.js";
import { t } from "../i18n/language.js";

type JsonSchema = Record<string, unknown>;

/** The one style every plan file is written in. */
const STYLE = {
  indent: 2,
  indentSeq: true,
  lineWidth: 100,
  minContentWidth: 20,
  singleQuote: false,
} as const;

/** How the file is read back to prove the rewrite: as load reads it. */
const READ_BACK = {
  version: "1.2",
  schema: "core",
  merge: false,
  uniqueKeys: true,
  strict: true,
} as const;

/**
 * Strings that YAML 1.1 readers (some editors, older tools) would take for something else: a
 * boolean, a null, a number or a date. They stay double-quoted so every reader agrees.
 */
const AMBIGUOUS =
  /^(?:y|yes|n|no|true|false|on|off|null|~|[-+]?(?:\d[\d_]*)?\.?\d+(?:[eE][-+]?\d+)?|[-+]?0[xob][\da-f_]+|\d+(?::[0-5]?\d)+|\d{4}-\d\d?-\d\d?.*)$/i;

/**
 * Text a folded block keeps as it is: it begins and ends with a visible character and holds no
 * tab. A folded line that begins with a space is "more indented" and keeps its line break, so
 * folding such text would change it.
 */
const FOLDABLE = /^[^\s](?:[^\t\n]*[^\s])?$/;

const MODELINE = /^ ?yaml-language-server:/;

/** A number written as its author wrote it, through the tag that claims such scalars. */
const AS_WRITTEN = "masterplan-as-written";

export interface FormatResult {
  /**
   * The canonical text, or null when the file must stay as it is: it has YAML errors, or no
   * rewrite keeps its data (a diagnostic says which).
   */
  text: string | null;
  diagnostics: Diagnostic[];
}

/** The canonical form of a file's bytes; see `formatFile`. */
export function formatSource(path: string, bytes: Uint8Array, schema: JsonSchema): FormatResult {
  const { file, diagnostics } = parseSource(path, bytes);
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length) return { text: null, diagnostics: errors };
  return formatFile(file, schema);
}

/**
 * A plan file in canonical form: keys in schema order, one indentation, plain scalars unless a
 * quote is needed (double quotes then), multi-line text in literal blocks and long lines in
 * folded blocks, numbers as written, block collections (an empty one stays `[]`), comments kept
 * with their keys and the schema modeline on the first line. Lines end as the file's did.
 *
 * The data never changes: the text is read back and compared, value for value and number for
 * number, with the file. Where the canonical style would change a value, that value is quoted;
 * where no rewrite keeps the data, the file stays as it is and a warning says where. The file's
 * document is rewritten in the process: format a file once.
 */
export function formatFile(file: SourceFile, schema: JsonSchema): FormatResult {
  const original = file.doc;
  if (!original || original.errors.length) return { text: null, diagnostics: [] };
  const before = dataLeaves(original);
  if (!before) return kept(file, 0);
  const crlf = file.text.includes("\r\n");
  // Comments of a CRLF file keep their CR in the parse: every line end is made one CRLF.
  const ends = (text: string) => (crlf ? text.replace(/\r*\n/g, "\r\n") : text);
  // Values the canonical style would change, by where they begin: each is quoted instead.
  const quoted = new Set<number>();
  for (let attempt = 0; attempt < 20; attempt++) {
    // The file's own document is rewritten first; a second attempt starts from a fresh parse.
    const doc = attempt === 0 ? original : parseDocument(file.text, READ_BACK);
    const text = canonical(doc, schema, quoted);
    // A file already in canonical form is proved by its own text.
    if (text !== null && ends(text) === file.text) return { text: file.text, diagnostics: [] };
    const back = text === null ? null : parseDocument(text, READ_BACK);
    const after = back && !back.errors.length ? dataLeaves(back) : null;
    const differs = after ? firstDifference(before, after) : null;
    if (text !== null && after && !differs) return { text: ends(text), diagnostics: [] };
    if (!differs || quoted.has(differs.offset)) return kept(file, differs?.offset ?? 0);
    quoted.add(differs.offset);
  }
  return kept(file, 0);
}

function kept(file: SourceFile, offset: number): FormatResult {
  return {
    text: null,
    diagnostics: [
      {
        ...position(file, offset),
        code: "fmt/kept",
        severity: "warning",
        message: t("fmt.kept"),
        hint: t("fmt.kept-hint"),
      },
    ],
  };
}

/**
 * The canonical text of a document, rewritten in place; null when it cannot be written (an
 * alias that no order of keys puts after its anchor). Texts that begin at an offset in `quoted`
 * are double-quoted: the usual style changed them.
 */
function canonical(doc: Document, schema: JsonSchema, quoted: ReadonlySet<number>): string | null {
  doc.schema.tags.push(
    ...(["int", "float"] as const).map((t) => ({
      tag: `tag:yaml.org,2002:${t}`,
      format: AS_WRITTEN,
      default: true as const,
      // Never matches: the tag only writes numbers, it never reads any.
      test: /^(?!)/,
      identify: (v: unknown) => typeof v === "number" || typeof v === "bigint",
      resolve: (s: string) => s,
      stringify: (node: Scalar) => (node as Scalar & { source: string }).source,
    })),
  );
  const header = takeHeader(doc.contents);
  orderKeys(doc.contents, schema, schema);
  putHeader(doc.contents, header);
  if (!aliasesAfterAnchors(doc)) return null;
  visit(doc, {
    Scalar(key, node, path) {
      const value = node.value;
      if (typeof value === "number" || typeof value === "bigint") {
        // A number keeps the digits it was written with: `1e400` is not `.inf`, and
        // `12345678901234567891` is not the nearest double.
        if (typeof node.source === "string" && node.tag === undefined) node.format = AS_WRITTEN;
        return;
      }
      if (typeof value !== "string" || key === "key") return;
      // Text of several lines (markdown) keeps its lines in a literal block; a line too long
      // for its key's line goes in a folded block; anything else is plain, or double-quoted
      // where it must be.
      if (node.range && quoted.has(node.range[0])) node.type = Scalar.QUOTE_DOUBLE;
      else if (value.includes("\n")) node.type = Scalar.BLOCK_LITERAL;
      else if (AMBIGUOUS.test(value)) node.type = Scalar.QUOTE_DOUBLE;
      else if (lineLength(value, path) > STYLE.lineWidth)
        node.type = FOLDABLE.test(value) ? Scalar.BLOCK_FOLDED : Scalar.QUOTE_DOUBLE;
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
  try {
    return doc.toString(STYLE);
  } catch {
    return null;
  }
}

/**
 * Keys put in schema order may bring an alias (`name: *o`) before its anchor (`outcome: &o`),
 * which YAML does not allow. The anchor then moves to the first place the value is used, and
 * the place it left takes the alias. False when that cannot be done (an anchor defined twice).
 */
function aliasesAfterAnchors(doc: Document): boolean {
  for (let round = 0; round < 1000; round++) {
    const seen = new Set<string>();
    const anchored = new Map<string, Node[]>();
    let early: Alias | null = null;
    visit(doc, (_, node) => {
      if (isAlias(node)) {
        if (!seen.has(node.source) && early === null) early = node;
      } else if ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor) {
        seen.add(node.anchor);
        anchored.set(node.anchor, [...(anchored.get(node.anchor) ?? []), node]);
      }
    });
    if (early === null) return true;
    const name = (early as Alias).source;
    const sources = anchored.get(name) ?? [];
    if (sources.length !== 1) return false;
    const source = sources[0]!;
    let placed = false;
    let entering = false;
    visit(doc, (_, node) => {
      if (node === early) {
        placed = entering = true;
        return source;
      }
      if (node === source) {
        if (entering) {
          entering = false;
          return undefined;
        }
        if (placed) return new Alias(name);
      }
      return undefined;
    });
  }
  return false;
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
  if (!isPair(first) || !isScalar(first.key)) return;
  // A key that moved up from below a blank line would put that line above the file's first.
  first.key.spaceBefore = false;
  if (header === null) return;
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
