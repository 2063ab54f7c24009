import { readFileSync } from "node:fs";
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
