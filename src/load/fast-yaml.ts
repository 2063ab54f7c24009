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

/** The kinds of node in `FastParse.nodes`; `None` only while the file is read. */
const Kind = { Scalar: 0, Mapping: 1, Sequence: 2, None: 3 } as const;

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

export function fastParse(text: string, limits: Limits): FastParse | null {
  if (UNUSUAL.test(text)) return null;
  const reader = new NodeReader(text, limits);
  let data: unknown;
  try {
    data = jsyaml.load(text, { schema: CORE, listener: reader.listener });
  } catch {
    return null;
  }
  if (reader.declined || reader.count === 0 || data === undefined) return null;
  if (data === null || typeof data !== "object") return null;
  return reader.result(data);
}

/**
 * The nodes js-yaml reports, written as they close into flat arrays in document order (a
 * node's index is given when it opens, so a subtree's nodes follow it), each checked then
 * (`check`): whether the quick way takes it, and where its text begins. No object per node.
 */
class NodeReader {
  count = 0;
  declined = false;
  nearLimits = false;
  private nodes = new Int32Array(3 * 256);
  private ends = new Int32Array(256);
  private results: unknown[] = [];
  private keys: Array<string | null> = [];
  private open: number[] = [];
  private roots = 0;

  constructor(
    private readonly text: string,
    private readonly limits: Limits,
  ) {}

  readonly listener = (event: jsyaml.EventType, state: jsyaml.State): void => {
    if (this.declined) return;
    if (event === "open") {
      const at = this.count++;
      if (at === this.ends.length) this.grow();
      this.nodes[3 * at] = state.position;
      this.nodes[3 * at + 2] = Kind.None;
      this.open.push(at);
      if (this.open.length >= this.limits.depth) this.nearLimits = true;
      return;
    }
    const at = this.open.pop()!;
    const result = state.result;
    if (typeof result === "string" && result.length > this.limits.text) this.nearLimits = true;
    const only = at + 1;
    // A block sequence entry that is a flow collection reports that collection twice.
    if (
      only < this.count &&
      only + this.nodes[3 * only + 1]! === this.count &&
      this.results[only] === result &&
      isObject(result)
    )
      this.drop(only);
    this.nodes[3 * at + 2] =
      state.kind === "mapping"
        ? Kind.Mapping
        : state.kind === "sequence"
          ? Kind.Sequence
          : state.kind === "scalar"
            ? Kind.Scalar
            : Kind.None;
    this.nodes[3 * at + 1] = this.count - at;
    this.ends[at] = state.position;
    this.results[at] = result;
    if (!this.check(at)) this.declined = true;
    if (this.open.length === 0 && ++this.roots > 1) this.declined = true;
  };

  result(data: unknown): FastParse {
    const n = this.count;
    const nodes = this.nodes.slice(0, 3 * n);
    for (let i = 2; i < nodes.length; i += 3) if (nodes[i] === Kind.None) nodes[i] = Kind.Scalar;
    const keys = this.keys;
    keys.length = n;
    for (let i = 0; i < n; i++) keys[i] ??= null;
    return { data, text: this.text, nodes, keys, nearLimits: this.nearLimits };
  }

  private grow(): void {
    const nodes = new Int32Array(this.nodes.length * 2);
    nodes.set(this.nodes);
    this.nodes = nodes;
    const ends = new Int32Array(this.ends.length * 2);
    ends.set(this.ends);
    this.ends = ends;
  }

  /** Removes a closed node with no subtree of its own left open: those after it move up. */
  private drop(at: number): void {
    this.nodes.copyWithin(3 * at, 3 * (at + 1), 3 * this.count);
    this.ends.copyWithin(at, at + 1, this.count);
    this.results.splice(at, 1);
    this.keys.splice(at, 1);
    this.count--;
  }

  /** Whether the quick way takes this node, just closed (its children checked before it). */
  private check(at: number): boolean {
    const { text, nodes } = this;
    const kind = nodes[3 * at + 2]!;
    const result = this.results[at];
    const start = startOf(text, nodes[3 * at]!, kind, result);
    if (start < 0) return false;
    nodes[3 * at] = start;
    const end = this.ends[at]!;
    // What follows a flow collection or a quoted text must part it from the next token, as the
    // full parser asks: `[a]#x` is an error there.
    const opener = text[start];
    const quoted = opener === '"' || opener === "'";
    if (((opener === "[" || opener === "{") && kind !== Kind.Scalar) || quoted) {
      const next = text[end];
      if (next !== undefined && !/[\s,\]}:]/.test(next)) return false;
    }
    // A quoted or plain text over several lines has rules (indentation, `: ` inside) the quick
    // way does not check; literal and folded blocks (`|`, `>`) are read alike.
    if (kind === Kind.Scalar && opener !== "|" && opener !== ">") {
      const newline = text.indexOf("\n", start);
      if (newline >= 0 && newline < end && text.slice(newline, end).trim() !== "") return false;
    }
    if (kind === Kind.Mapping) return this.checkMapping(at, result as object);
    if (kind === Kind.Sequence) return this.children(at).length === (result as unknown[]).length;
    return true;
  }

  /**
   * An empty entry (`- ` or `key:` with nothing after) may have no node of its own: then the
   * children do not line up with the values, and the file goes the full way.
   */
  private checkMapping(at: number, result: object): boolean {
    const children = this.children(at);
    if (children.length !== 2 * Object.keys(result).length) return false;
    for (let i = 0; i < children.length; i += 2) {
      const key = children[i]!;
      // Scalar keys read as text, as both parsers make them (a year: `2026:`).
      const value = this.results[key];
      const type = typeof value;
      if (this.nodes[3 * key + 2] !== Kind.Scalar) return false;
      if (!(type === "string" || type === "number" || type === "boolean")) return false;
      if (value === "__proto__") return false;
      // A key on more than one line is an error to the full parser, and so is a long one (YAML
      // allows 1,024 characters before the `:`); the full parser reports either.
      const keyText = this.text.slice(this.nodes[3 * key]!, this.ends[key]!);
      if (keyText.includes("\n") || keyText.length > 1000) return false;
      this.keys[key] = String(value);
    }
    return true;
  }

  /** The indexes of a closed node's children, in order. */
  private children(at: number): number[] {
    const out: number[] = [];
    const end = at + this.nodes[3 * at + 1]!;
    for (let k = at + 1; k < end; k += this.nodes[3 * k + 1]!) out.push(k);
    return out;
  }
}

function isObject(v: unknown): boolean {
  return typeof v === "object" && v !== null;
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
function startOf(text: string, open: number, kind: number, result: unknown): number {
  let i = open;
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
    kind === Kind.None ||
    (result === null && !/^(?:~|[Nn]ull|NULL)/.test(text.slice(i, i + 4)))
  ) {
    // An empty value sits past the spaces on its own line, where the full parser puts it.
    let at = open;
    while (text.charCodeAt(at) === 32) at++;
    return at;
  }
  return i;
}
