import jsyaml from "js-yaml";

/**
 * The quick way through a plain YAML file: js-yaml, about ten times faster than building the
 * `yaml` library's full document, with the position of every key and value recorded on the way.
 * It takes only what both parsers read alike: YAML 1.2 core scalars (the same patterns as
 * `yaml`'s core schema, not js-yaml's wider ones), and no tags, anchors, aliases, complex keys,
 * tabs or several documents. Anything else returns null, and the file goes
 * through the full parser, which also explains what is wrong with it. A test holds the two ways
 * to the same data and the same positions.
 */
export interface FastParse {
  data: unknown;
  text: string;
  /**
   * The nodes as read, in document order, three numbers each: where the node's text begins,
   * how many nodes its subtree holds (itself included), and its kind (see `Kind`). Flat
   * numbers, not objects: a plan of thousands of files keeps them all until its messages are
   * written, and numbers cost the garbage collector nothing.
   */
  nodes: Int32Array;
  /** For a node that is a mapping's key: its text, as the data has it. */
  keys: Array<string | null>;
  /**
   * Whether some text is longer, or some nesting deeper, than the limits given: only then
   * need the data be walked to find where.
   */
  nearLimits: boolean;
}

export interface Limits {
  /** Characters a text may hold. */
  text: number;
  /** Levels lists and mappings may nest. */
  depth: number;
}

/** The kinds of node in `FastParse.nodes`. */
const Kind = { Scalar: 0, Mapping: 1, Sequence: 2 } as const;

/** A node as js-yaml read it: where it opened, what it is, and its children in order. */
interface YamlNode {
  open: number;
  /** Where its text begins (`startOf`), once the tree is checked. */
  start: number;
  /** Where it ended. */
  end: number;
  kind: string | null;
  result: unknown;
  children: YamlNode[];
}

const scalar = (tag: string, first: RegExp, forms: Array<[RegExp, (s: string) => unknown]>) =>
  new jsyaml.Type(`tag:yaml.org,2002:${tag}`, {
    kind: "scalar",
    // Most scalars are words: a look at the first character spares the patterns.
    resolve: (s: string | null) =>
      s !== null && first.test(s.charAt(0)) && forms.some(([p]) => p.test(s)),
    construct: (s: string) => forms.find(([p]) => p.test(s))![1](s),
  });

/** `yaml`'s core schema, pattern for pattern (yaml/dist/schema/core). */
const CORE = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsyaml.Type("tag:yaml.org,2002:null", {
      kind: "scalar",
      resolve: (s: string | null) =>
        s === null || (s.length <= 4 && /^(?:~|[Nn]ull|NULL)?$/.test(s)),
      construct: () => null,
    }),
    scalar("bool", /[tTfF]/, [
      [/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === "t" || s[0] === "T"],
    ]),
    scalar("int", /[-+0-9]/, [
      [/^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)],
      [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
      [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)],
    ]),
    scalar("float", /[-+.0-9]/, [
      [
        /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
        (s) =>
          s.slice(-3).toLowerCase() === "nan"
            ? NaN
            : s[0] === "-"
              ? Number.NEGATIVE_INFINITY
              : Number.POSITIVE_INFINITY,
      ],
      [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, parseFloat],
      [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, parseFloat],
    ]),
  ],
});

/**
 * Text the quick way does not take: tabs, directives and document markers. (Lone carriage
 * returns never reach it: parseSource writes them as line feeds first.)
 */
const UNUSUAL = /\t|^(?:%|---|\.\.\.)/m;

/** The children of a scalar: one shared empty list, since most nodes are scalars. */
const NONE: YamlNode[] = [];

export function fastParse(text: string, limits: Limits): FastParse | null {
  if (UNUSUAL.test(text)) return null;
  const stack: YamlNode[] = [];
  let nearLimits = false;
  let root: YamlNode | null = null;
  let data: unknown;
  try {
    data = jsyaml.load(text, {
      schema: CORE,
      listener(event, state) {
        if (event === "open") {
          const open = state.position;
          stack.push({ open, start: open, end: 0, kind: null, result: null, children: NONE });
          if (stack.length >= limits.depth) nearLimits = true;
          return;
        }
        const node = stack.pop()!;
        node.kind = state.kind;
        node.end = state.position;
        node.result = state.result;
        if (typeof node.result === "string" && node.result.length > limits.text) nearLimits = true;
        // A block sequence entry that is a flow collection reports that collection twice.
        const only = node.children[0];
        if (node.children.length === 1 && only!.result === node.result && isObject(node.result))
          node.children = only!.children;
        if (stack.length) {
          const parent = stack[stack.length - 1]!;
          if (parent.children === NONE) parent.children = [node];
          else parent.children.push(node);
        } else root = node;
      },
    });
  } catch {
    return null;
  }
  if (root === null || data === undefined || data === null || typeof data !== "object") return null;
  if (!accepted(text, root)) return null;
  const count = size(root);
  const nodes = new Int32Array(3 * count);
  const keys = new Array<string | null>(count).fill(null);
  let next = 0;
  const flatten = (node: YamlNode, key: boolean) => {
    const at = next++;
    nodes[3 * at] = node.start;
    nodes[3 * at + 2] =
      node.kind === "mapping"
        ? Kind.Mapping
        : node.kind === "sequence"
          ? Kind.Sequence
          : Kind.Scalar;
    if (key) keys[at] = String(node.result);
    const mapping = node.kind === "mapping";
    node.children.forEach((child, i) => flatten(child, mapping && i % 2 === 0));
    nodes[3 * at + 1] = next - at;
  };
  flatten(root, false);
  return { data, text, nodes, keys, nearLimits };
}

function size(node: YamlNode): number {
  let n = 1;
  for (const child of node.children) n += size(child);
  return n;
}

function isObject(v: unknown): boolean {
  return typeof v === "object" && v !== null;
}

/** Whether every node is one the quick way takes (checked once, so that locating never fails). */
function accepted(text: string, node: YamlNode): boolean {
  const start = (node.start = startOf(text, node));
  if (start < 0) return false;
  // What follows a flow collection or a quoted text must part it from the next token, as the
  // full parser asks: `[a]#x` is an error there.
  const opener = text[start];
  const quoted = opener === '"' || opener === "'";
  if (((opener === "[" || opener === "{") && node.kind !== "scalar") || quoted) {
    const next = text[node.end];
    if (next !== undefined && !/[\s,\]}:]/.test(next)) return false;
  }
  // A quoted or plain text over several lines has rules (indentation, `: ` inside) the quick
  // way does not check; literal and folded blocks (`|`, `>`) are read alike.
  if (node.kind === "scalar" && opener !== "|" && opener !== ">") {
    const newline = text.indexOf("\n", start);
    if (newline >= 0 && newline < node.end && text.slice(newline, node.end).trim() !== "")
      return false;
  }
  // An empty entry (`- ` or `key:` with nothing after) may have no node of its own: then the
  // children do not line up with the values, and the file goes the full way.
  if (node.kind === "mapping") {
    const keys = Object.keys(node.result as object).length;
    if (node.children.length !== 2 * keys) return false;
    for (let i = 0; i < node.children.length; i += 2) {
      const key = node.children[i]!;
      // Scalar keys read as text, as both parsers make them (a year: `2026:`).
      const kind = typeof key.result;
      if (key.kind !== "scalar" || !(kind === "string" || kind === "number" || kind === "boolean"))
        return false;
      key.start = startOf(text, key);
      if (key.result === "__proto__" || key.start < 0) return false;
      // A key on more than one line is an error to the full parser, and so is a long one (YAML
      // allows 1,024 characters before the `:`); the full parser reports either.
      const keyText = text.slice(key.start, key.end);
      if (keyText.includes("\n") || keyText.length > 1000) return false;
      if (!accepted(text, node.children[i + 1]!)) return false;
    }
  } else if (node.kind === "sequence") {
    if (node.children.length !== (node.result as unknown[]).length) return false;
    for (const child of node.children) if (!accepted(text, child)) return false;
  }
  return true;
}

/**
 * The offset `locate` gives for a data path, as the full parser's document would: the value at
 * the path (its key when `key`), or the nearest node above it that exists.
 */
export function offsetAt(
  quick: FastParse,
  path: ReadonlyArray<string | number>,
  key: boolean,
): number {
  const { nodes, keys } = quick;
  const sizeOf = (n: number) => nodes[3 * n + 1]!;
  let node = 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const end = node + sizeOf(node);
    let next = -1;
    let keyNode = -1;
    if (nodes[3 * node + 2] === Kind.Mapping) {
      const wanted = String(seg);
      for (let k = node + 1; k < end;) {
        const value = k + sizeOf(k);
        if (keys[k] === wanted) {
          keyNode = k;
          next = value;
          break;
        }
        k = value + sizeOf(value);
      }
    } else if (nodes[3 * node + 2] === Kind.Sequence && Number.isInteger(seg) && Number(seg) >= 0) {
      let child = node + 1;
      for (let j = 0; j < Number(seg) && child < end; j++) child += sizeOf(child);
      if (child < end) next = child;
    }
    if (next < 0) break;
    if (i === path.length - 1 && key && keyNode >= 0) return nodes[3 * keyNode]!;
    node = next;
  }
  return nodes[3 * node]!;
}

/**
 * Where a node's text begins, as the full parser counts it: past the spaces, line breaks and
 * comments before it, except for an empty value, which sits where it opened. -1 for a node
 * the quick way does not take (a tag, an anchor, an alias, an explicit key).
 */
function startOf(text: string, node: YamlNode): number {
  let i = node.open;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13) i++;
    else if (c === 35) {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end;
    } else break;
  }
  const c = text[i];
  if (c === "!" || c === "&" || c === "*" || c === "?") return -1;
  if (
    node.kind === null ||
    (node.result === null && !/^(?:~|[Nn]ull|NULL)/.test(text.slice(i, i + 4)))
  ) {
    // An empty value sits past the spaces on its own line, where the full parser puts it.
    let at = node.open;
    while (text.charCodeAt(at) === 32) at++;
    return at;
  }
  return i;
}
