import { deflateSync } from "node:zlib";

/**
 * A PDF as Chromium writes it, read and rewritten at the level of its objects. Each object
 * stays the bytes it was until something changes it; values are parsed when asked for and not
 * kept. A 1,000-program plan's PDF holds over 200,000 objects of its tagged structure: held as
 * parsed objects they would take hundreds of megabytes, as bytes they take the file's size.
 */

export class Name {
  constructor(
    /** As written after the `/`, with any `#xx` escapes. */
    readonly raw: string,
  ) {}
}

export class Ref {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

export class Str {
  constructor(readonly bytes: Uint8Array) {}

  /** Text strings: UTF-16 after a byte order mark, otherwise one byte per character. */
  text(): string {
    const b = this.bytes;
    if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff)
      return new TextDecoder("utf-16be").decode(b.subarray(2));
    return Buffer.from(b.buffer, b.byteOffset, b.length).toString("latin1");
  }

  /** A text string as UTF-16 with its byte order mark, as PDF asks for text beyond ASCII. */
  static of(text: string): Str {
    const units = Buffer.from(text, "utf16le").swap16();
    return new Str(Buffer.concat([Buffer.from([0xfe, 0xff]), units]));
  }

  /** A string of bytes written as they are (ASCII only). */
  static ascii(text: string): Str {
    return new Str(Buffer.from(text, "latin1"));
  }
}

export type Dict = Map<string, Value>;
export type Value = number | boolean | null | Name | Ref | Str | Value[] | Dict;

export const isDict = (v: Value | undefined): v is Dict => v instanceof Map;
export const nameOf = (v: Value | undefined): string | undefined =>
  v instanceof Name ? decodeName(v.raw) : undefined;

/** A name's text, its `#xx` escapes decoded as UTF-8 bytes. */
export function decodeName(raw: string): string {
  if (!raw.includes("#")) return raw;
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === "#" && /^[0-9a-fA-F]{2}$/.test(raw.slice(i + 1, i + 3))) {
      bytes.push(parseInt(raw.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(raw.charCodeAt(i));
  }
  return Buffer.from(bytes).toString("utf8");
}

const WS = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WS[c] = 1;
const DELIM = new Uint8Array(256);
for (const c of "()<>[]{}/%") DELIM[c.charCodeAt(0)] = 1;

export class PdfError extends Error {}

/** What a backslash and the byte after it stand for in a literal string. */
const ESCAPES: Record<number, number> = {
  0x6e: 10,
  0x72: 13,
  0x74: 9,
  0x62: 8,
  0x66: 12,
  0x28: 0x28,
  0x29: 0x29,
  0x5c: 0x5c,
};

/** Reads one value at a time from bytes. */
class Lexer {
  pos: number;
  constructor(
    readonly b: Uint8Array,
    pos: number,
  ) {
    this.pos = pos;
  }

  skip(): void {
    const b = this.b;
    for (;;) {
      while (this.pos < b.length && WS[b[this.pos]!]) this.pos++;
      if (b[this.pos] !== 0x25) return; // %
      while (this.pos < b.length && b[this.pos] !== 10 && b[this.pos] !== 13) this.pos++;
    }
  }

  private word(): string {
    const b = this.b;
    const from = this.pos;
    if (from >= b.length) return "";
    let at = from;
    while (at < b.length && !WS[b[at]!] && !DELIM[b[at]!]) at++;
    this.pos = at;
    // Most words are names and keywords of a few letters: built directly, without a Buffer.
    if (at - from > 24)
      return Buffer.from(b.buffer, b.byteOffset + from, at - from).toString("latin1");
    let word = "";
    for (let i = from; i < at; i++) word += String.fromCharCode(b[i]!);
    return word;
  }

  /**
   * The unsigned integer of at most 15 digits that is a whole word at the cursor, read without
   * making the word; -1 (the cursor unmoved) for anything else.
   */
  private integer(): number {
    const b = this.b;
    let at = this.pos;
    let n = 0;
    while (at < b.length && b[at]! >= 0x30 && b[at]! <= 0x39 && at - this.pos < 15)
      n = n * 10 + (b[at++]! - 0x30);
    const next = b[at];
    if (at === this.pos || (next !== undefined && !WS[next] && !DELIM[next])) return -1;
    this.pos = at;
    return n;
  }

  /** The keyword or number at the cursor, or "" at a delimiter. */
  peekWord(): string {
    this.skip();
    const at = this.pos;
    const w = this.word();
    this.pos = at;
    return w;
  }

  value(): Value {
    this.skip();
    const b = this.b;
    const c = b[this.pos];
    if (c === undefined) throw new PdfError("unexpected end of file");
    if (c === 0x2f) {
      this.pos++;
      return new Name(this.word());
    }
    if (c === 0x3c && b[this.pos + 1] === 0x3c) {
      this.pos += 2;
      const dict: Dict = new Map();
      for (;;) {
        this.skip();
        if (b[this.pos] === 0x3e && b[this.pos + 1] === 0x3e) {
          this.pos += 2;
          return dict;
        }
        if (b[this.pos] !== 0x2f) throw new PdfError(`a dictionary key at ${this.pos}`);
        this.pos++;
        const key = this.word();
        dict.set(key, this.value());
      }
    }
    if (c === 0x3c) return this.hexString();
    if (c === 0x28) return this.literalString();
    if (c === 0x5b) {
      this.pos++;
      const items: Value[] = [];
      for (;;) {
        this.skip();
        if (b[this.pos] === 0x5d) {
          this.pos++;
          return items;
        }
        items.push(this.value());
      }
    }
    if (c >= 0x30 && c <= 0x39) {
      const n = this.integer();
      if (n >= 0) return this.reference(n);
    }
    const w = this.word();
    if (w === "true") return true;
    if (w === "false") return false;
    if (w === "null") return null;
    const n = Number(w);
    if (w === "" || !Number.isFinite(n)) throw new PdfError(`unexpected "${w}" at ${this.pos}`);
    return /^\d+$/.test(w) ? this.reference(n) : n;
  }

  /**
   * A dictionary's values for the keys asked for only: the others are stepped over without
   * being made (`skipValue`). Null when the value here is not a dictionary (read through, so
   * that it fails as `value` would).
   */
  dictKeys(keys: ReadonlySet<string>): Dict | null {
    this.skip();
    const b = this.b;
    if (b[this.pos] !== 0x3c || b[this.pos + 1] !== 0x3c) {
      this.value();
      return null;
    }
    this.pos += 2;
    const dict: Dict = new Map();
    for (;;) {
      this.skip();
      if (b[this.pos] === 0x3e && b[this.pos + 1] === 0x3e) {
        this.pos += 2;
        return dict;
      }
      if (b[this.pos] !== 0x2f) throw new PdfError(`a dictionary key at ${this.pos}`);
      this.pos++;
      const key = this.word();
      if (keys.has(key)) dict.set(key, this.value());
      else this.skipValue();
    }
  }

  /** Steps over one value, as `value` would read it, without making it. */
  private skipValue(): void {
    this.skip();
    const b = this.b;
    const c = b[this.pos];
    if (c === undefined) throw new PdfError("unexpected end of file");
    if (c === 0x2f) {
      this.pos++;
      this.word();
      return;
    }
    if (c === 0x3c && b[this.pos + 1] === 0x3c) {
      this.pos += 2;
      for (;;) {
        this.skip();
        if (b[this.pos] === 0x3e && b[this.pos + 1] === 0x3e) {
          this.pos += 2;
          return;
        }
        if (b[this.pos] !== 0x2f) throw new PdfError(`a dictionary key at ${this.pos}`);
        this.pos++;
        this.word();
        this.skipValue();
      }
    }
    if (c === 0x5b) {
      this.pos++;
      for (;;) {
        this.skip();
        if (b[this.pos] === 0x5d) {
          this.pos++;
          return;
        }
        this.skipValue();
      }
    }
    if (c >= 0x30 && c <= 0x39) {
      const n = this.integer();
      if (n >= 0) {
        this.reference(n);
        return;
      }
    }
    // Strings, and words that are not plain integers: rare in what is skipped, read as usual.
    this.value();
  }

  /** `num gen R` when that follows the integer just read, or the integer. */
  private reference(num: number): Value {
    const back = this.pos;
    this.skip();
    let gen = this.integer();
    if (gen < 0) {
      // A generation of more digits than `integer` reads (a damaged file): as a word.
      const w = this.word();
      gen = /^\d+$/.test(w) ? Number(w) : -1;
    }
    if (gen >= 0) {
      this.skip();
      const b = this.b;
      if (b[this.pos] === 0x52 && (WS[b[this.pos + 1] ?? 32] || DELIM[b[this.pos + 1]!])) {
        this.pos++;
        return new Ref(num, gen);
      }
    }
    this.pos = back;
    return num;
  }

  private hexString(): Str {
    const b = this.b;
    const end = b.indexOf(0x3e, this.pos);
    if (end < 0) throw new PdfError("an unclosed hex string");
    let hex = Buffer.from(b.subarray(this.pos + 1, end))
      .toString("latin1")
      .replace(/\s+/g, "");
    if (hex.length % 2) hex += "0";
    this.pos = end + 1;
    return new Str(Buffer.from(hex, "hex"));
  }

  private literalString(): Str {
    const b = this.b;
    // Most strings hold no backslash and no parenthesis: their bytes are copied as they are.
    for (let at = this.pos + 1; at < b.length; at++) {
      const c = b[at];
      if (c === 0x5c || c === 0x28) break;
      if (c === 0x29) {
        const bytes = Uint8Array.prototype.slice.call(b, this.pos + 1, at);
        this.pos = at + 1;
        return new Str(bytes);
      }
    }
    const out: number[] = [];
    let depth = 0;
    this.pos++;
    for (;;) {
      const c = b[this.pos++];
      if (c === undefined) throw new PdfError("an unclosed string");
      if (c === 0x29 && depth === 0) return new Str(Uint8Array.from(out));
      if (c === 0x28) depth++;
      if (c === 0x29) depth--;
      if (c !== 0x5c) {
        out.push(c);
        continue;
      }
      const e = b[this.pos++]!;
      if (e in ESCAPES) out.push(ESCAPES[e]!);
      else if (e >= 0x30 && e <= 0x37) {
        let v = e - 0x30;
        for (let k = 0; k < 2 && b[this.pos]! >= 0x30 && b[this.pos]! <= 0x37; k++)
          v = v * 8 + (b[this.pos++]! - 0x30);
        out.push(v & 0xff);
      } else if (e === 13) {
        if (b[this.pos] === 10) this.pos++;
      } else if (e !== 10) out.push(e);
    }
  }
}

/** A value written as PDF syntax. Text goes out as hex, which needs no escapes. */
export function serialize(v: Value): string {
  if (v === null) return "null";
  if (typeof v === "boolean") return String(v);
  if (typeof v === "number") {
    if (Number.isInteger(v)) return String(v);
    return v.toFixed(6).replace(/\.?0+$/, "");
  }
  if (v instanceof Name) return `/${v.raw}`;
  if (v instanceof Ref) return `${v.num} ${v.gen} R`;
  if (v instanceof Str) {
    const b = v.bytes;
    return `<${Buffer.from(b.buffer, b.byteOffset, b.length).toString("hex").toUpperCase()}>`;
  }
  if (Array.isArray(v)) return `[${v.map(serialize).join(" ")}]`;
  const parts: string[] = [];
  for (const [k, value] of v) parts.push(`/${k} ${serialize(value)}`);
  return `<<${parts.join("\n")}>>`;
}

export class PdfFile {
  /**
   * Where each object of the file read is, by number, in typed arrays: a tagged PDF has
   * hundreds of thousands of objects, and one small object each would cost tens of megabytes.
   * `starts` is where the value begins (0: no such object), `ends` where it ends, and
   * `streamEnds` past `endstream` for a stream (-1 otherwise).
   */
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  private readonly streamEnds: Float64Array;
  /** Objects changed or added, as the bytes to write. */
  private readonly changed = new Map<number, Uint8Array>();
  private readonly deleted = new Set<number>();
  private nextNum: number;
  readonly trailer: Dict;

  constructor(private readonly bytes: Uint8Array) {
    const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString("latin1");
    const m = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
    if (!m) throw new PdfError("no startxref");
    const xrefAt = Number(m[1]);
    const lex = new Lexer(bytes, xrefAt);
    if (lex.peekWord() !== "xref") throw new PdfError("no cross-reference table");
    lex.pos += 4;
    const listed: Array<[number, number]> = [];
    for (;;) {
      const w = lex.peekWord();
      if (w === "trailer") {
        lex.pos += 7;
        break;
      }
      const first = Number(lex.value());
      const count = Number(lex.value());
      lex.skip();
      for (let i = 0; i < count; i++, lex.pos += 20) {
        // "0000012345 00000 n" and its line end: twenty bytes.
        let offset = 0;
        for (let k = 0; k < 10; k++) {
          const d = bytes[lex.pos + k]! - 48;
          if (d < 0 || d > 9) throw new PdfError("a damaged cross-reference table");
          offset = offset * 10 + d;
        }
        const kind = bytes[lex.pos + 17];
        if (kind === 110) listed.push([first + i, offset]);
        else if (kind !== 102) throw new PdfError("a damaged cross-reference table");
      }
    }
    const trailer = lex.value();
    if (!isDict(trailer)) throw new PdfError("no trailer");
    this.trailer = trailer;
    const size = listed.reduce((n, [num]) => Math.max(n, num), 0) + 1;
    this.starts = new Float64Array(size);
    this.ends = new Float64Array(size);
    this.streamEnds = new Float64Array(size).fill(-1);
    // Objects lie one after another: each ends where the next begins (the last, at the table).
    listed.sort((a, b) => a[1] - b[1]);
    listed.forEach(([num, offset], i) => {
      this.locate(num, offset, i + 1 < listed.length ? listed[i + 1]![1] : xrefAt);
    });
    this.nextNum = size;
  }

  /** Finds an object's value between its `num 0 obj` and the last `endobj` before `limit`. */
  private locate(num: number, offset: number, limit: number): void {
    if (offset >= this.bytes.length || limit > this.bytes.length)
      throw new PdfError(`object ${num} lies outside the file`);
    const b = Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.length);
    const lex = new Lexer(this.bytes, offset);
    const header = `${lex.value() as number} ${lex.value() as number} ${lex.peekWord()}`;
    if (header !== `${num} 0 obj`) throw new PdfError(`object ${num} is not where the table says`);
    lex.pos += 3;
    lex.skip();
    const start = lex.pos;
    const endobj = b.lastIndexOf("endobj", limit - 1, "latin1");
    if (endobj < start) throw new PdfError(`object ${num} has no endobj`);
    let end = endobj;
    while (end > start && WS[b[end - 1]!]) end--;
    this.starts[num] = start;
    this.ends[num] = end;
    // A value cannot end in the keyword `endstream`: only a stream does.
    if (end - start >= 9 && b.toString("latin1", end - 9, end) === "endstream")
      this.streamEnds[num] = end;
  }

  private has(num: number): boolean {
    return num > 0 && num < this.starts.length && this.starts[num]! > 0;
  }

  /** The value of an object (a stream: its dictionary), parsed afresh on each call. */
  get(num: number): Value {
    const bytes = this.changed.get(num);
    if (bytes) return new Lexer(bytes, 0).value();
    if (this.deleted.has(num) || !this.has(num)) return null;
    return new Lexer(this.bytes, this.starts[num]!).value();
  }

  /**
   * Only these keys of an object that is a dictionary (a stream's: its dictionary's), the rest
   * stepped over: for walking many objects for a few of their entries. Null for anything else.
   */
  peek(num: number, keys: ReadonlySet<string>): Dict | null {
    const bytes = this.changed.get(num);
    if (bytes) return new Lexer(bytes, 0).dictKeys(keys);
    if (this.deleted.has(num) || !this.has(num)) return null;
    return new Lexer(this.bytes, this.starts[num]!).dictKeys(keys);
  }

  /** An object that must be a dictionary (a page, the catalog): a PdfError when it is not. */
  dict(num: number): Dict {
    const value = this.get(num);
    if (!isDict(value)) throw new PdfError(`object ${num} is not a dictionary`);
    return value;
  }

  /** A value, following a reference. */
  resolve(v: Value | undefined): Value {
    return v instanceof Ref ? this.get(v.num) : (v ?? null);
  }

  isStream(num: number): boolean {
    return !this.changed.has(num) && this.has(num) && this.streamEnds[num]! >= 0;
  }

  /** A stream as read: its dictionary, and its bytes from after it to past `endstream`. */
  stream(num: number): { dict: Dict; rest: Uint8Array } {
    if (!this.isStream(num)) throw new PdfError(`object ${num} is not a stream`);
    const lex = new Lexer(this.bytes, this.starts[num]!);
    const dict = lex.value();
    if (!isDict(dict)) throw new PdfError(`object ${num} is not a dictionary`);
    return { dict, rest: this.bytes.subarray(lex.pos, this.streamEnds[num]!) };
  }

  /** Replaces an object that is not a stream. */
  set(num: number, value: Value): void {
    if (this.isStream(num)) throw new PdfError(`object ${num} is a stream`);
    this.changed.set(num, Buffer.from(serialize(value), "latin1"));
    this.deleted.delete(num);
  }

  add(value: Value): Ref {
    const num = this.nextNum++;
    this.set(num, value);
    return new Ref(num, 0);
  }

  delete(num: number): void {
    this.deleted.add(num);
    this.changed.delete(num);
  }

  /** Object numbers in use, ascending. */
  numbers(): number[] {
    const all: number[] = [];
    for (let num = 1; num < this.starts.length; num++)
      if (this.starts[num]! > 0 && !this.deleted.has(num)) all.push(num);
    for (const num of this.changed.keys()) if (!this.has(num)) all.push(num);
    return all.sort((a, b) => a - b);
  }

  /**
   * The objects (not streams) whose bytes hold `word`, ascending: one search through the file
   * finds the few among many, without parsing or slicing the rest.
   */
  objectsWith(word: string): number[] {
    const b = Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.length);
    const byStart = this.numbers()
      .filter((num) => !this.changed.has(num) && !this.isStream(num))
      .sort((x, y) => this.starts[x]! - this.starts[y]!);
    const found = new Set<number>();
    for (let at = b.indexOf(word, 0, "latin1"); at >= 0; at = b.indexOf(word, at + 1, "latin1")) {
      // The last object that starts at or before the word holds it, if it ends after it.
      let low = 0;
      let high = byStart.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (this.starts[byStart[mid]!]! <= at) low = mid + 1;
        else high = mid;
      }
      const num = byStart[low - 1];
      if (num !== undefined && at < this.ends[num]!) found.add(num);
    }
    for (const [num, bytes] of this.changed)
      if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(word, 0, "latin1"))
        found.add(num);
    return [...found].sort((x, y) => x - y);
  }

  /** The raw bytes of an object's value (unparsed), to look for a word without parsing. */
  raw(num: number): Buffer {
    const changed = this.changed.get(num);
    if (changed) return Buffer.from(changed.buffer, changed.byteOffset, changed.length);
    const start = this.starts[num]!;
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset + start, this.ends[num]! - start);
  }

  /** The catalog, by the trailer's /Root. */
  get rootNum(): number {
    const root = this.trailer.get("Root");
    if (!(root instanceof Ref)) throw new PdfError("no catalog");
    return root.num;
  }

  /**
   * The file with every object that is not a stream packed into compressed object streams
   * and a compressed cross-reference stream. Equal input gives equal bytes.
   */
  save(info: Dict): Uint8Array {
    // The document information replaces the browser's own.
    const old = this.trailer.get("Info");
    let infoRef: Ref;
    if (old instanceof Ref) {
      this.set(old.num, info);
      infoRef = old;
    } else infoRef = this.add(info);
    const out: Uint8Array[] = [];
    let offset = 0;
    const push = (chunk: Uint8Array | string) => {
      const b = typeof chunk === "string" ? Buffer.from(chunk, "latin1") : chunk;
      out.push(b);
      offset += b.length;
    };
    push(Buffer.from([...Buffer.from("%PDF-1.7\n%", "latin1"), 0xe2, 0xe3, 0xcf, 0xd3, 10]));
    /** Per object number: [type, field 2, field 3] of its cross-reference entry. */
    const entries = new Map<number, [number, number, number]>();
    const packed: number[] = [];
    for (const num of this.numbers()) {
      if (!this.isStream(num)) {
        packed.push(num);
        continue;
      }
      entries.set(num, [1, offset, 0]);
      push(`${num} 0 obj\n`);
      push(this.bytes.subarray(this.starts[num]!, this.streamEnds[num]!));
      push("\nendobj\n");
    }
    const PER_STREAM = 500;
    for (let i = 0; i < packed.length; i += PER_STREAM) {
      const group = packed.slice(i, i + PER_STREAM);
      const streamNum = this.nextNum++;
      const bodies: Uint8Array[] = [];
      const header: string[] = [];
      let at = 0;
      group.forEach((num, index) => {
        const body = this.raw(num);
        header.push(`${num} ${at}`);
        bodies.push(body, Buffer.from("\n"));
        at += body.length + 1;
        entries.set(num, [2, streamNum, index]);
      });
      const head = Buffer.from(`${header.join(" ")}\n`, "latin1");
      const data = deflateSync(Buffer.concat([head, ...bodies]));
      entries.set(streamNum, [1, offset, 0]);
      push(
        `${streamNum} 0 obj\n<</Type /ObjStm\n/N ${group.length}\n/First ${head.length}\n/Filter /FlateDecode\n/Length ${data.length}>> stream\n`,
      );
      push(data);
      push("\nendstream\nendobj\n");
    }
    const xrefNum = this.nextNum++;
    entries.set(xrefNum, [1, offset, 0]);
    const size = xrefNum + 1;
    const table = Buffer.alloc(size * 7);
    for (let num = 0; num < size; num++) {
      const [type, a, b] = entries.get(num) ?? [0, 0, num === 0 ? 65535 : 0];
      table.writeUInt8(type, num * 7);
      table.writeUInt32BE(a, num * 7 + 1);
      table.writeUInt16BE(b, num * 7 + 5);
    }
    const data = deflateSync(table);
    const xrefAt = offset;
    push(
      `${xrefNum} 0 obj\n<</Type /XRef\n/Size ${size}\n/W [1 4 2]\n/Root ${this.rootNum} 0 R\n/Info ${infoRef.num} 0 R\n/Filter /FlateDecode\n/Length ${data.length}>> stream\n`,
    );
    push(data);
    push(`\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`);
    return Buffer.concat(out);
  }
}
