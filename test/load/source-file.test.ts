import { describe, expect, it } from "vitest";
import { locate, parseSource } from "../../src/load/source-file.js";

const parse = (text: string | Uint8Array) =>
  parseSource("/plan/x.yaml", typeof text === "string" ? new TextEncoder().encode(text) : text);
const codes = (text: string | Uint8Array) =>
  parse(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);

describe("parseSource", () => {
  it("parses a mapping with positions", () => {
    const { file, diagnostics } = parse("a: 1\nb:\n  c: two\n");
    expect(diagnostics).toEqual([]);
    expect(file.data).toEqual({ a: 1, b: { c: "two" } });
    expect(locate(file, ["b", "c"])).toMatchObject({ line: 3, column: 6 });
    expect(locate(file, ["b", "c"], true)).toMatchObject({ line: 3, column: 3 });
  });

  it("reports a duplicate key at the second occurrence", () => {
    expect(codes("id: a\nname: x\nid: b\n")).toEqual(["3:1 yaml/duplicate-key"]);
  });

  it("reports an unclosed bracket or quote where it opens, not where the file ends", () => {
    expect(codes("schema_version: 1\nname: [unclosed\nid: x\nfoo: bar\n")).toEqual([
      "2:7 yaml/unclosed",
    ]);
    expect(codes("a: 1\nb: {x: 1\nc: 2\n")).toEqual(["2:4 yaml/unclosed"]);
    expect(codes('a: "abc\nb: 2\n')).toEqual(["1:4 yaml/unclosed"]);
    // The inner list is closed: the outer one is the culprit.
    expect(codes("a: [1, [2, 3]\nb: 1\n")).toEqual(["1:4 yaml/unclosed"]);
    const [d] = parse("name: [unclosed\n").diagnostics;
    expect(d?.message).toBe("This `[` is never closed.");
    expect(d?.hint).toContain("`]`");
  });

  it("reports an empty file", () => {
    expect(codes("")).toEqual(["1:1 yaml/empty-file"]);
    expect(codes("# only a comment\n")).toEqual(["1:1 yaml/empty-file"]);
  });

  it("reports binary junk as not text", () => {
    expect(codes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))).toEqual(["1:1 load/not-text"]);
    expect(codes(new Uint8Array([0x61, 0x3a, 0x20, 0xff, 0xfe]))).toEqual(["1:1 load/not-text"]);
  });

  it("stops an alias bomb quickly", () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      levels.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(",")}]`);
    }
    const started = performance.now();
    const result = codes(levels.join("\n") + "\n");
    const elapsed = performance.now() - started;
    expect(result).toEqual(["2:8 yaml/alias-limit"]);
    // Not a timing test: a bomb that expanded would take minutes and gigabytes, not seconds.
    expect(elapsed).toBeLessThan(10_000);
  });

  it("accepts a UTF-8 byte-order mark and CRLF line endings", () => {
    const { file, diagnostics } = parse("\uFEFFa: 1\r\nb: dua\r\n");
    expect(diagnostics).toEqual([]);
    expect(file.data).toEqual({ a: 1, b: "dua" });
    expect(locate(file, ["b"])).toMatchObject({ line: 2, column: 4 });
  });

  it("follows YAML 1.2: yes, no and on stay text", () => {
    expect(parse("a: yes\nb: no\nc: on\nd: true\n").file.data).toEqual({
      a: "yes",
      b: "no",
      c: "on",
      d: true,
    });
  });

  it("reports a second document", () => {
    expect(codes("a: 1\n---\nb: 2\n")[0]).toMatch(/yaml\//);
  });
});
