import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { expect, it } from "vitest";
import { formatSource } from "../../src/format/format-source.js";

const schema = JSON.parse(readFileSync("schemas/program.schema.json", "utf8")) as Record<
  string,
  unknown
>;
const glossary = JSON.parse(readFileSync("schemas/glossary.schema.json", "utf8")) as Record<
  string,
  unknown
>;
const fmt = (text: string, s = schema) =>
  formatSource("/plan/x.yaml", new TextEncoder().encode(text), s).text;

it("puts keys in the schema's order at every depth, keeping comments with their keys", () => {
  const text = [
    "# yaml-language-server: $schema=../schemas/glossary.schema.json",
    "# Istilah.",
    "terms:",
    "  - foreign: true # asing",
    "    # arti",
    "    meaning: kota cerdas",
    "    term: smart city",
    "schema_version: 1",
    "",
  ].join("\n");
  expect(fmt(text, glossary)).toBe(
    [
      "# yaml-language-server: $schema=../schemas/glossary.schema.json",
      "# Istilah.",
      "schema_version: 1",
      "terms:",
      "  - term: smart city",
      "    # arti",
      "    meaning: kota cerdas",
      "    foreign: true # asing",
      "",
    ].join("\n"),
  );
});

it("moves the schema modeline to the first line", () => {
  expect(fmt("# Catatan.\n# yaml-language-server: $schema=x.json\nschema_version: 1\n")).toBe(
    "# yaml-language-server: $schema=x.json\n# Catatan.\nschema_version: 1\n",
  );
});

it("writes one style: block collections, plain or double-quoted scalars", () => {
  expect(fmt("rpjpd: [ 'sasaran-1', \"sasaran-2\" ]\ndepends_on: [ ]\nname: 'Layanan'\n")).toBe(
    "name: Layanan\nrpjpd:\n  - sasaran-1\n  - sasaran-2\ndepends_on: []\n",
  );
  // Text other YAML readers would take for a date, a boolean or a number stays quoted.
  expect(fmt("location: '2024-07-05'\nacronym: 'yes'\noutput: '12'\n")).toBe(
    'acronym: "yes"\noutput: "12"\nlocation: "2024-07-05"\n',
  );
});

it("keeps markdown blocks as blocks", () => {
  const text = "description: |\n  Baris satu.\n\n  1. butir\n";
  expect(fmt(text)).toBe(text);
});

it("returns nothing to write for a file with YAML errors", () => {
  const r = formatSource("/plan/x.yaml", new TextEncoder().encode("name: [unclosed\n"), schema);
  expect(r.text).toBeNull();
  expect(r.diagnostics.map((d) => d.code)).toEqual(["yaml/unclosed"]);
});

const long = `  E-Presensi terhubung ke seluruh perangkat daerah dengan data kehadiran yang lengkap, akurat, dan valid`;

it("never folds a long text that begins with spaces or a tab: its value would change", () => {
  for (const value of [long, `\t${long.trim()}`, `${long.trim()}  `]) {
    const text = `output: ${JSON.stringify(value)}\n`;
    const once = fmt(text)!;
    expect(parse(once).output).toBe(value);
    expect(fmt(once)).toBe(once);
  }
});

it("keeps numbers as they are written when their value would not survive", () => {
  const text = [
    "amount: 12345678901234567891",
    "targets: { 2025: 1e400, 2026: 100000000000000000000000000000000000, 2027: 1.50, 2028: 0x1F }",
    "",
  ].join("\n");
  const once = fmt(text)!;
  for (const n of [
    "12345678901234567891",
    "1e400",
    "100000000000000000000000000000000000",
    "1.50",
    "0x1F",
  ])
    expect(once).toContain(`: ${n}\n`);
  expect(fmt(once)).toBe(once);
});

it("moves an anchor before its aliases when the keys' order puts an alias first", () => {
  const once = fmt("outcome: &o Teks yang sama\nname: *o\n")!;
  expect(once).toBe("name: &o Teks yang sama\noutcome: *o\n");
  expect(parse(once)).toEqual({ name: "Teks yang sama", outcome: "Teks yang sama" });
});

it("leaves a file as it is, with a located warning, when no rewrite keeps its data", () => {
  // The second anchor of the same name changes which value `*a` means once keys move.
  const text = "outcome: &a Satu\nname: *a\nlocation: &a Dua\noutput: *a\n";
  const r = formatSource("/plan/x.yaml", new TextEncoder().encode(text), schema);
  expect(r.text).toBeNull();
  expect(r.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([
    ["fmt/kept", "warning", 1],
  ]);
});

it("keeps CRLF line ends", () => {
  const text = "name: Layanan\r\nid: x\r\n";
  expect(fmt(text)).toBe("id: x\r\nname: Layanan\r\n");
  expect(fmt("id: x\r\nname: Layanan\r\n")).toBe("id: x\r\nname: Layanan\r\n");
});
