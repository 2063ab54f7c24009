import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, expect, it } from "vitest";
import { splitsFrom } from "../../src/print/continued-tables.js";
import { runCli } from "../helpers/cli.js";
import { pdfInfo, pdfText } from "../helpers/pdf.js";

let pdf: string;
let pages: string[];

beforeAll(async () => {
  const out = await mkdtemp(path.join(os.tmpdir(), "mp-continued-"));
  const r = await runCli(["build", "masterplan", "--out", out, "--only", "pdf,html"]);
  expect(r.code, r.stderr).toBe(0);
  pdf = path.join(out, "masterplan-smart-city-purbalingga.pdf");
  pages = Array.from({ length: Number(pdfInfo(pdf).Pages) }, (_, i) => pdfText(pdf, i + 1));
});

const LABEL = /^\s*Tabel (\d+\.\d+) \(lanjutan\)\s*$/m;

it("says 'Tabel n (lanjutan)' at the top of every page a table continues on, and only there", () => {
  const continued = pages
    .map((text, i) => ({ page: i + 1, label: LABEL.exec(text)?.[1], text }))
    .filter((p) => p.label !== undefined);
  // The bundled plan has tables running over two and three pages.
  expect(continued.length).toBeGreaterThanOrEqual(4);
  const numbers = continued.map((c) => c.label!);
  expect(new Set(numbers).size).toBeLessThan(numbers.length);
  for (const { page, label, text } of continued) {
    // Under the page number, before anything else on the page.
    const first = text.split("\n").filter((l) => l.trim() !== "")[1];
    expect(first?.trim(), `page ${page}`).toBe(`Tabel ${label} (lanjutan)`);
    // The table began on an earlier page, under its full caption, with no label there.
    const began = pages.findIndex((p) =>
      new RegExp(`^\\s*Tabel ${label!.replace(".", "\\.")} \\S`, "m").test(p),
    );
    expect(began + 1, `Tabel ${label}`).toBeGreaterThan(0);
    expect(began + 1, `Tabel ${label}`).toBeLessThan(page);
    expect(pages[began]).not.toContain(`Tabel ${label} (lanjutan)`);
    // The caption kept in the label's place is not printed again.
    expect(text.match(new RegExp(`Tabel ${label!.replace(".", "\\.")}`, "g"))).toHaveLength(1);
  }
});

it("loses and repeats no row of a budget table that runs onto the next page", async () => {
  const html = await readFile(pdf.replace(/\.pdf$/, ".html"), "utf8");
  expect(html).not.toContain('class="mp-continued"');
  // The first budget table that continues: its rows in the HTML, and its year lines in the PDF
  // from its caption to its total.
  const budget = pages
    .map((text, i) => ({ page: i, label: LABEL.exec(text)?.[1] }))
    .find(
      (p) =>
        p.label && /Anggaran Indikatif/.test(pages.join("\n").split(`Tabel ${p.label} `)[1] ?? ""),
    );
  expect(budget).toBeDefined();
  const caption = `Tabel ${budget!.label} `;
  const table = html.split(`${caption.trim()}</span>`)[1]!.split("</table>")[0]!;
  const rows = table.slice(table.indexOf("<tbody")).match(/<tr[ >]/g)?.length ?? 0;
  const text = pages.slice(0, budget!.page + 1).join("\n");
  const span = text.slice(text.indexOf(caption));
  const printed = span.split(/^\s*Jumlah\s/m)[0]!.match(/^\s+\d{4}\s+\S/gm)?.length ?? 0;
  // The total row is a body row too.
  expect(printed).toBe(rows - 1);
  expect(printed).toBeGreaterThan(10);
});

it("finds the splits with every row linked, and links only the few that prove them in the final print", async () => {
  const cache = path.join(path.dirname(pdf), ".masterplan-smart-city-purbalingga.pages.json");
  const { pages: landed } = JSON.parse(await readFile(cache, "utf8")) as {
    pages: Record<string, number>;
  };
  const rows = Object.keys(landed).filter((name) => name.startsWith("mp-row-"));
  const tables = new Set(rows.map((name) => name.split("-")[2]));
  // At most three rows a table: its first, and those on either side of its split.
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.length).toBeLessThanOrEqual(3 * tables.size);
  const continued = pages.filter((p) => LABEL.test(p)).length;
  expect(continued).toBeGreaterThanOrEqual(4);
});

it("splits a table before the first row on a later page, and not a table on one page", () => {
  const tables = [
    // Rows 1 and 2 are kept with row 0 and row 4 with row 3: a page may begin with 0, 3, 5 or 6.
    { table: 0, rows: ["a", "b", "c", "d"], index: [0, 3, 5, 6] },
    { table: 1, rows: ["e", "f"], index: [0, 1] },
    { table: 2, rows: ["g", "h"], index: [0, 1] },
  ];
  const pages = new Map([
    ["a", 3],
    ["b", 3],
    ["c", 4],
    ["d", 5],
    ["e", 6],
    ["f", 6],
    ["g", 7],
  ]);
  // Table 2 has a row that did not land: it is left as it is.
  expect([...splitsFrom(tables, pages)]).toEqual([[0, 5]]);
});
