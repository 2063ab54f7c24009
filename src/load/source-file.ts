import { createRequire } from "node:module";
import type { Document, Node } from "yaml";
import type * as Yaml from "yaml";
import { OFFSET, type Diagnostic, type Location } from "../diagnostics/diagnostic.js";
import { fastParse, offsetAt, type FastParse } from "./fast-yaml.js";
import { CATALOGS, language, t, type MessageKey } from "../i18n/language.js";

const require = createRequire(import.meta.url);
let yamlLibrary: typeof Yaml | undefined;
/**
 * The full YAML library, loaded the first time a file needs it: most runs read every file the
 * quick way, and loading it costs every command a noticeable part of its start.
 */
function yaml(): typeof Yaml {
  return (yamlLibrary ??= require("yaml") as typeof Yaml);
}

/** Finds the 1-based line and column of a character offset. */
export interface LinePositions {
  linePos(offset: number): { line: number; col: number };
}

/** One parsed YAML source with everything needed to point back into it. */
export interface SourceFile {
  /** Absolute path. */
  path: string;
  /** The text as decoded, without a leading byte order mark. */
  text: string;
  /** Whether the file began with a byte order mark. */
  bom: boolean;
  /**
   * The full YAML document, with every node's place and comment. A file read the quick way
   * builds it only when asked (formatting needs it; diagnostics do not).
   */
  readonly doc: Document.Parsed | null;
  lineCounter: LinePositions;
  /** The plain data, or undefined when the file could not be parsed. */
  data: unknown;
  /** Where each key and value of the data begins, whichever reader read the file. */
  positions: Positions;
  /** Which reader read the file: the quick one (js-yaml), or the full YAML library. */
  reader: "quick" | "full";
}

/**
 * The one question both YAML readers answer about a file: where the node at a data path
 * begins (its key with `key`), or the nearest node above it that exists. A diagnostic keeps its
 * file and data path, and its line and column are worked out from this when they are first read
 * (see `locateLater`).
 */
export interface Positions {
  offsetAt(path: readonly PathSegment[], key: boolean): number;
}

/** The positions of a file that holds no data: everything is at its start. */
const NOWHERE: Positions = { offsetAt: () => 0 };

export interface ParseOptions {
  /**
   * Whether plain files may take the quick way (js-yaml). Off, every file goes through the full
   * parser: the reference the quick way is tested against.
   */
  fast?: boolean;
}

const YAML_OPTIONS = {
  version: "1.2",
  schema: "core",
  merge: false,
  uniqueKeys: true,
  prettyErrors: false,
  strict: true,
} as const;

/** A file read the quick way: its document is parsed only if something asks for it. */
export function quickFile(path: string, text: string, bom: boolean, quick: FastParse): SourceFile {
  let doc: Document.Parsed | undefined;
  return {
    path,
    text,
    bom,
    get doc() {
      return (doc ??= yaml().parseDocument(text, YAML_OPTIONS));
    },
    lineCounter: lineStarts(text),
    data: quick.data,
    positions: { offsetAt: (path, key) => offsetAt(quick, path, key) },
    reader: "quick",
  };
}

/** Lines of a text, counted the first time a position is asked for, as `yaml` counts them. */
function lineStarts(text: string): LinePositions {
  let starts: number[] | undefined;
  return {
    linePos(offset) {
      if (!starts) {
        starts = [0];
        for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
      }
      let low = 0;
      let high = starts.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (starts[mid]! < offset) low = mid + 1;
        else high = mid;
      }
      if (starts[low] === offset) return { line: low + 1, col: 1 };
      return { line: low, col: offset - starts[low - 1]! + 1 };
    },
  };
}

export type PathSegment = string | number;

export const MAX_BYTES = 4 * 1024 * 1024;
/** The first line of a conflict a merge left in the file. */
const CONFLICT = /^<{7}(?: |$)/m;
/** Refuses what is not UTF-8; one decoder serves every file, since none is read in pieces. */
const UTF8 = new TextDecoder("utf-8", { fatal: true });
/** Aliases a plan file may expand; real plans use a handful, an alias bomb needs thousands. */
const MAX_ALIAS_COUNT = 100;

/**
 * A file's bytes as the text a plan file is read as: UTF-8 without NUL bytes, its byte order
 * mark taken off, and a carriage return alone (a line break in YAML, which the parser would read
 * as nothing) written as a line feed, one character for one so that every offset stays where it
 * was. Null for what is not such text.
 */
export function decodeSource(bytes: Uint8Array): { text: string; bom: boolean } | null {
  let text: string;
  try {
    if (bytes.includes(0)) return null;
    text = UTF8.decode(bytes);
  } catch {
    return null;
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  if (text.includes("\r")) text = text.replace(/\r(?!\n)/g, "\n");
  return { text, bom };
}

type Parsed = { file: SourceFile; diagnostics: Diagnostic[] };
type Writable = { -readonly [K in keyof SourceFile]: SourceFile[K] };

/** Parses bytes read from `path`. Never throws on bad input: problems come back as diagnostics. */
export function parseSource(
  path: string,
  bytes: Uint8Array,
  { fast = true }: ParseOptions = {},
): Parsed {
  const file: Writable = {
    path,
    text: "",
    bom: false,
    doc: null,
    lineCounter: lineStarts(""),
    data: undefined,
    positions: NOWHERE,
    reader: "full",
  };
  const at1 = { file: path, line: 1, column: 1 };
  if (bytes.length > MAX_BYTES)
    return {
      file,
      diagnostics: [
        error("load/too-large", at1, t("load.too-large", { mb: MAX_BYTES / 1024 / 1024 })),
      ],
    };
  const decoded = decodeSource(bytes);
  if (decoded === null)
    return {
      file,
      diagnostics: [error("load/not-text", at1, t("load.not-text"), t("load.not-text-hint"))],
    };
  file.bom = decoded.bom;
  file.text = decoded.text;
  const conflict = conflictMarkers(file);
  if (conflict) return { file, diagnostics: [conflict] };
  const quick = fast ? fastParse(file.text, { text: MAX_TEXT, depth: MAX_DEPTH }) : null;
  if (quick) {
    const read = quickFile(path, file.text, file.bom, quick);
    return { file: read, diagnostics: quick.nearLimits ? beyondLimits(read) : [] };
  }
  return fullParse(file);
}

/** A merge left unfinished: the parser would read the markers as text or fail somewhere after. */
function conflictMarkers(file: Writable): Diagnostic | null {
  const conflict = CONFLICT.exec(file.text);
  if (!conflict) return null;
  file.lineCounter = lineStarts(file.text);
  return error(
    "yaml/conflict-markers",
    position(file, conflict.index),
    t("yaml.conflict-markers"),
    t("yaml.conflict-markers-hint"),
  );
}

/** A file through the full YAML library: its document, its data, and what is wrong with it. */
function fullParse(file: Writable): Parsed {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  file.lineCounter = lineCounter;
  const doc = parseDocument(file.text, { ...YAML_OPTIONS, lineCounter });
  file.doc = doc;
  file.positions = docPositions(doc);
  const diagnostics = [...syntaxErrors(file, doc), ...syntaxWarnings(file, doc)];
  if (diagnostics.some((d) => d.severity === "error")) return { file, diagnostics };
  const shape = shapeError(file, doc);
  if (shape) return { file, diagnostics: [...diagnostics, shape] };
  return { file, diagnostics: [...diagnostics, ...readData(file, doc)] };
}

function syntaxErrors(file: SourceFile, doc: Document.Parsed): Diagnostic[] {
  // The parser may give out more than once inside one deep nesting: each place is said once.
  const seen = new Set<string>();
  return doc.errors
    .map((e) => {
      // The parser's stack gives out somewhere inside very deep nesting, at a place that depends
      // on the stack left; the error is put where the nesting first passes the limit instead.
      const deep = e.code === "RESOURCE_EXHAUSTION" ? deepFlowOffset(file.text) : null;
      if (deep !== null) return tooDeep(position(file, deep));
      const unclosed = unclosedOpener(doc, file.text, e.pos[0]);
      return unclosed
        ? error(
            "yaml/unclosed",
            position(file, unclosed.offset),
            t(unclosed.what),
            t(unclosed.hint),
          )
        : error(yamlCode(e.code), position(file, e.pos[0]), yamlMessage(e.code, e.message));
    })
    .filter((d) => {
      const key = `${d.code}:${d.line}:${d.column}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function syntaxWarnings(file: SourceFile, doc: Document.Parsed): Diagnostic[] {
  return doc.warnings.map((w) =>
    // A tag such as `!!js/function` asks for a type a plan file never holds.
    w.code === "TAG_RESOLVE_FAILED"
      ? error(
          "yaml/unknown-tag",
          position(file, w.pos[0]),
          t("yaml.unknown-tag"),
          t("yaml.unknown-tag-hint"),
        )
      : {
          ...position(file, w.pos[0]),
          code: yamlCode(w.code),
          severity: "warning",
          message: yamlMessage(w.code, w.message),
        },
  );
}

/** A document a plan file cannot be: empty, or with a list or a mapping for a key. */
function shapeError(file: SourceFile, doc: Document.Parsed): Diagnostic | null {
  const { isScalar } = yaml();
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null))
    return error(
      "yaml/empty-file",
      { file: file.path, line: 1, column: 1 },
      t(file.text.trim() === "" ? "yaml.empty-file" : "yaml.only-comments"),
      t("yaml.empty-file-hint"),
    );
  const complex = complexKey(doc);
  if (complex === null) return null;
  return error(
    "yaml/complex-key",
    position(file, complex),
    t("yaml.complex-key"),
    t("yaml.complex-key-hint"),
  );
}

/** The document's data, its aliases expanded within limits. */
function readData(file: Writable, doc: Document.Parsed): Diagnostic[] {
  const at1 = { file: file.path, line: 1, column: 1 };
  try {
    file.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return beyondLimits(file);
  } catch (e) {
    const unresolved = /unresolved alias/i.test((e as Error).message);
    return [
      unresolved
        ? error(
            "yaml/bad-alias",
            firstAlias(file, true) ?? at1,
            t("yaml.bad-alias"),
            t("yaml.bad-alias-hint"),
          )
        : error(
            "yaml/alias-limit",
            firstAlias(file) ?? at1,
            t("yaml.alias-limit"),
            t("yaml.alias-limit-hint"),
          ),
    ];
  }
}

/** The longest text a plan file's value may hold: a long chapter section is a tenth of it. */
export const MAX_TEXT = 100_000;
/** How deep lists and mappings may nest: a plan file needs fewer than ten levels. */
export const MAX_DEPTH = 64;

function tooDeep(at: Location): Diagnostic {
  return error("load/too-deep", at, t("load.too-deep", { depth: MAX_DEPTH }));
}

/**
 * Values no plan file needs and later stages should never meet: text longer than `MAX_TEXT`
 * characters, nesting deeper than `MAX_DEPTH`. One error each, at the first such value;
 * the file's data is then withheld, as for a file that did not parse.
 */
function beyondLimits(file: SourceFile & { data: unknown }): Diagnostic[] {
  const found: Diagnostic[] = [];
  const path: PathSegment[] = [];
  let long = false;
  let deep = false;
  const walk = (value: unknown): void => {
    if (typeof value === "string") {
      if (!long && value.length > MAX_TEXT) {
        long = true;
        found.push(
          error(
            "load/text-too-long",
            locate(file, path),
            t("load.text-too-long", { length: value.length, max: MAX_TEXT }),
            t("load.text-too-long-hint"),
          ),
        );
      }
      return;
    }
    if (typeof value !== "object" || value === null) return;
    if (path.length >= MAX_DEPTH) {
      if (!deep) {
        deep = true;
        found.push(tooDeep(locate(file, path)));
      }
      return;
    }
    const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
    for (const [k, v] of entries) {
      path.push(k);
      walk(v);
      path.pop();
    }
  };
  walk(file.data);
  if (found.length) file.data = undefined;
  return found;
}

/**
 * Where flow brackets (`[`, `{`) first nest deeper than `MAX_DEPTH`, skipping quoted text and
 * comments; null when they never do.
 */
function deepFlowOffset(text: string): number | null {
  let depth = 0;
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = "";
      else if (c === "\\" && quote === '"') i++;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "#" && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end;
    } else if (c === "[" || c === "{") {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === "]" || c === "}") depth = Math.max(0, depth - 1);
  }
  return null;
}

/** The position of a character offset. */
export function position(file: SourceFile, offset: number): Location {
  const { line, col } = file.lineCounter.linePos(offset);
  return { file: file.path, line, column: col };
}

/**
 * The node at a data path, or the nearest existing ancestor.
 * `key: true` points at the key of the last segment rather than its value.
 */
export function locate(file: SourceFile, path: readonly PathSegment[], key = false): Location {
  return position(file, file.positions.offsetAt(path, key));
}

/**
 * `locate`, worked out the first time the line or column is read: a plan of thousands of files
 * may have thousands of warnings, and only those printed need a line. The location also answers
 * `OFFSET`, which orders it among others in the same text without counting lines.
 */
export function locateLater(
  file: SourceFile,
  path: readonly PathSegment[],
  key = false,
): Location & { readonly [OFFSET]: number } {
  let offset: number | undefined;
  let at: Location | undefined;
  const offsetOf = () => (offset ??= file.positions.offsetAt(path, key));
  const where = () => (at ??= position(file, offsetOf()));
  // A literal's getters are its own properties, as a copy (`{ ...d }`) needs them to be, and
  // cost far less to make than properties defined one by one: a plan may have thousands.
  return {
    file: file.path,
    get line() {
      return where().line;
    },
    get column() {
      return where().column;
    },
    get [OFFSET]() {
      return offsetOf();
    },
  };
}

/** The positions of the full parser's document: its nodes' ranges, found by walking the path. */
function docPositions(doc: Document.Parsed): Positions {
  return {
    offsetAt(path, key) {
      const { isMap, isPair, isSeq } = yaml();
      let node: unknown = doc.contents;
      let found: Node | null = isNodeLike(node) ? node : null;
      for (let i = 0; i < path.length; i++) {
        const seg = path[i];
        const last = i === path.length - 1;
        if (isMap(node)) {
          const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(seg));
          if (!pair) break;
          if (last && key && isNodeLike(pair.key)) {
            found = pair.key;
            break;
          }
          node = pair.value;
          if (isNodeLike(node)) found = node;
          else if (isNodeLike(pair.key)) found = pair.key;
        } else if (isSeq(node) && typeof seg === "number") {
          node = node.items[seg];
          if (isNodeLike(node)) found = node;
          else break;
        } else break;
      }
      return found?.range?.[0] ?? 0;
    },
  };
}

function keyText(key: unknown): string | undefined {
  const { isScalar } = yaml();
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function isNodeLike(n: unknown): n is Node {
  return typeof n === "object" && n !== null && "range" in n;
}

/** Where the first key that is a collection begins, or null. */
function complexKey(doc: Document.Parsed): number | null {
  const { isMap, isSeq, visit } = yaml();
  let at: number | null = null;
  visit(doc, {
    Pair(_, pair) {
      if (isMap(pair.key) || isSeq(pair.key)) {
        at = pair.key.range?.[0] ?? 0;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return at;
}

/** The first alias, or with `unresolved` the first that refers to no anchor before it. */
function firstAlias(file: SourceFile, unresolved = false): Location | null {
  let at: Location | null = null;
  const doc = file.doc;
  if (!doc) return null;
  const { isAlias, visit } = yaml();
  visit(doc, {
    Alias(_, node) {
      if (!isAlias(node) || (unresolved && node.resolve(doc) !== undefined)) return undefined;
      if (node.range) at = position(file, node.range[0]);
      return visit.BREAK;
    },
  });
  return at;
}

const CLOSERS: Record<string, { what: MessageKey; hint: MessageKey }> = {
  "[": { what: "yaml.unclosed-list", hint: "yaml.unclosed-list-hint" },
  "{": { what: "yaml.unclosed-mapping", hint: "yaml.unclosed-mapping-hint" },
  '"': { what: "yaml.unclosed-quote", hint: "yaml.unclosed-double-hint" },
  "'": { what: "yaml.unclosed-quote", hint: "yaml.unclosed-single-hint" },
};

/**
 * The parser notices an unclosed `[`, `{` or quote only where the file goes on without it, often
 * at the end of the file. Find the opener instead: the innermost flow collection or quoted
 * scalar that runs up to the error and whose brackets do not balance.
 */
function unclosedOpener(
  doc: Document.Parsed,
  text: string,
  offset: number,
): { offset: number; what: MessageKey; hint: MessageKey } | null {
  const { isMap, isScalar, isSeq, visit } = yaml();
  let found: { offset: number; what: MessageKey; hint: MessageKey } | null = null;
  visit(doc, (_, node) => {
    if (!isNodeLike(node) || !node.range) return;
    const [start, , end] = node.range;
    if (start >= offset || end < offset) return;
    const opener = text[start] ?? "";
    const closer = CLOSERS[opener];
    if (!closer) return;
    const flow = (isSeq(node) || isMap(node)) && node.flow;
    const quoted = isScalar(node) && (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE");
    if (!flow && !quoted) return;
    const source = text.slice(start, end).trimEnd();
    if (flow && balanced(source)) return;
    if (quoted && source.length > 1 && source.endsWith(opener)) return;
    // Visiting goes outside in, so the last match is the innermost.
    found = { offset: start, ...closer };
  });
  return found;
}

/** Whether the brackets of a flow collection's text close, ignoring quoted text. */
function balanced(source: string): boolean {
  let depth = 0;
  let quote: string | null = null;
  for (const c of source) {
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") depth--;
  }
  return depth <= 0;
}

function error(code: string, at: Location, message: string, hint?: string): Diagnostic {
  return { ...at, code, severity: "error", message, ...(hint ? { hint } : {}) };
}

function yamlCode(code: string): string {
  return `yaml/${code.toLowerCase().replaceAll("_", "-")}`;
}

/**
 * The YAML parser's problems in plain words, by its error code; a code not here (a newer
 * parser's) is said generally, with the parser's own words only in English.
 */
function yamlMessage(code: string, message: string): string {
  const key = `yaml.code.${code}` as MessageKey;
  if (key in CATALOGS.en) return t(key);
  return language() === "en" ? firstSentence(message) : t("yaml.unreadable");
}

function firstSentence(message: string): string {
  const line = message.split("\n")[0]?.trim() ?? message;
  const sentence = line.replace(/ at line \d+, column \d+:?$/, "");
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
