import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { growPlan } from "../../bench/grow-plan.js";
import { buildPlan } from "../../src/pipeline/build-plan.js";
import { LINK_ROWS, MARK_ROWS, type MarkedTable } from "../../src/print/continued-tables.js";
import { findBrowser } from "../../src/print/find-browser.js";
import { launchBrowser, type LaunchedBrowser } from "../../src/print/launch-browser.js";
import { destinationsOf, pageNumbers } from "../../src/print/pdf-destinations.js";
import { PdfFile } from "../../src/print/pdf-file.js";
import { findPrint } from "../../src/print/print-document.js";

// The print that finds where headings and table rows land paints nothing: it must find every
// one of them on the page a plain print puts it on, the bundled plan and a plan twice its size.
const NAME = "masterplan-smart-city-purbalingga";
let browser: LaunchedBrowser;
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "mp-find-"));
  browser = await launchBrowser(findBrowser(), { protocolTimeoutMs: 120_000 });
});
afterAll(async () => browser?.close());

async function htmlOf(dir: string): Promise<string> {
  const out = path.join(tmp, path.basename(dir));
  await buildPlan({ target: { dir, outDir: out, documents: "masterplan", formats: ["html"] } });
  return readFile(path.join(out, `${NAME}.html`), "utf8");
}

async function bothPrints(html: string) {
  const page = await browser.browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.emulateMediaType("print");
  await page.setContent(html, { waitUntil: "load" });
  await page.evaluate("document.fonts.ready");
  const tables = (await page.evaluate(`(${MARK_ROWS})("")`)) as MarkedTable[];
  const rows = tables.flatMap((t) => t.rows);
  await page.evaluate(`(${LINK_ROWS})(${JSON.stringify(rows)})`);
  const read = (pdf: Uint8Array) => {
    const doc = new PdfFile(pdf);
    return { pages: pageNumbers(doc).length, landed: destinationsOf(doc) };
  };
  const plain = read(
    new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true })),
  );
  const found = read(await findPrint(page, 120_000));
  const restored = (await page.evaluate(
    'document.querySelectorAll("style[data-mp-find]").length',
  )) as number;
  await page.close();
  return { plain, found, rows, restored };
}

it.each([
  ["the bundled plan", 1],
  ["a plan grown twice over", 2],
])(
  "finds every heading and row of %s where a plain print puts it",
  async (_, factor) => {
    const dir =
      factor === 1
        ? path.resolve("masterplan")
        : await growPlan(path.resolve("masterplan"), path.join(tmp, `plan-${factor}`), factor);
    const { plain, found, rows, restored } = await bothPrints(await htmlOf(dir));
    expect(plain.pages).toBeGreaterThan(50);
    expect(found.pages).toBe(plain.pages);
    // Headings and rows alike, and rows on more than one page: a test of where pages break.
    expect(rows.every((r) => plain.landed.has(r))).toBe(true);
    expect(new Set(rows.map((r) => plain.landed.get(r))).size).toBeGreaterThan(10);
    expect([...found.landed].sort()).toEqual([...plain.landed].sort());
    expect(restored).toBe(0);
  },
  240_000,
);
