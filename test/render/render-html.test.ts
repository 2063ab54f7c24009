import { mkdir, mkdtemp, writeFile, cp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  attr,
  byTag,
  elements,
  hasClass,
  rawText,
  readHtml,
  textOf,
  type Element,
} from "../helpers/html.js";
import { themeFor } from "../helpers/theme.js";
import { buildModel } from "../../src/model/build-model.js";
import { renderHtml, TemplateError } from "../../src/render/render-html.js";
import { prepare } from "../../src/pipeline/prepare.js";
import type { PlanSources } from "../../src/validate/plan-sources.js";
import { miniPlan, ROOT, validateFiles } from "../helpers/mini-plan.js";

let plan: PlanSources;
beforeAll(async () => {
  plan = (await prepare("masterplan")).sources!;
});

async function render(root = plan.root, pages: ReadonlyMap<string, number> | null = null) {
  const { theme, locale } = await themeFor(root);
  return renderHtml(buildModel({ ...plan, root }, { locale }), theme, locale, {
    tocPages: pages,
  });
}

it("renders a self-contained document without script", async () => {
  const root = readHtml(await render());
  const all = elements(root);
  expect(byTag(root, "script")).toEqual([]);
  const links = all.flatMap((e) => [attr(e, "src"), attr(e, "href")]).filter((v) => v !== null);
  expect(links.filter((v) => /^(https?:)?\/\//.test(v!))).toEqual([]);
  expect(byTag(root, "style").map(rawText).join("")).toContain("@font-face");
  const text = visibleText(root);
  expect(text).toContain("RANCANGAN PERATURAN DAERAH KABUPATEN PURBALINGGA");
  expect(all.some((e) => hasClass(e, "blank"))).toBe(true);
  expect(text).toContain("belum ditetapkan");
  expect(rowsOf(root)).toContainEqual(["Provinsi", "Jawa Tengah"]);
  expect(text).not.toMatch(/NaN|undefined|\[object Object\]/);
  expect(byTag(root, "svg").some((svg) => attr(svg, "viewBox") !== null)).toBe(true);
  expect(text).toContain("Rp ");
});

it("writes known page numbers into the table of contents", async () => {
  const root = readHtml(await render(plan.root, new Map([["bab-1", 3]])));
  const cells = elements(root).filter((e) => attr(e, "data-toc-page") !== null);
  const first = cells.find((e) => attr(e, "data-toc-page") === "bab-1")!;
  expect(textOf(first)).toBe("3");
  expect(
    cells.filter((e) => attr(e, "data-toc-page") !== "bab-1").every((e) => textOf(e) === ""),
  ).toBe(true);
});

it("lets a plan's templates/ folder replace one partial", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mp-theme-"));
  await cp("masterplan", dir, { recursive: true });
  await mkdir(path.join(dir, "templates", "partials"), { recursive: true });
  await writeFile(
    path.join(dir, "templates", "partials", "signature.hbs"),
    '<div class="signature">TANDA TANGAN KHUSUS</div>\n',
  );
  const html = await render(dir);
  expect(html).toContain("TANDA TANGAN KHUSUS");
  expect(html).toContain("RANCANGAN PERATURAN DAERAH");
});

it("names the template file when an override is broken", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mp-theme-"));
  await mkdir(path.join(dir, "templates", "partials"), { recursive: true });
  const broken = path.join(dir, "templates", "partials", "signature.hbs");
  await writeFile(broken, "{{#if signatory}}\n{{nosuchfield}}\n{{/if}}\n");
  const error = await render(dir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TemplateError);
  expect((error as TemplateError).file).toBe(broken);
});

it("names the template file when an override does not parse", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mp-theme-"));
  await mkdir(path.join(dir, "templates", "partials"), { recursive: true });
  const broken = path.join(dir, "templates", "partials", "toc.hbs");
  await writeFile(broken, "{{#each toc}}\n<li>\n");
  const error = await render(dir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TemplateError);
  expect((error as TemplateError).file).toBe(broken);
});

describe("a plan for another region", () => {
  let root: Element;
  let text: string;
  beforeAll(async () => {
    const kota = (await prepare("test/fixtures/kota-contoh")).sources!;
    const { theme, locale } = await themeFor(kota.root);
    root = readHtml(renderHtml(buildModel(kota, { locale }), theme, locale));
    text = visibleText(root);
  });

  it("prints nothing of the bundled regency, its agencies or its periods", () => {
    for (const word of [
      "Purbalingga",
      "Bupati",
      "BUPATI",
      "Kabupaten",
      "KABUPATEN",
      "Bappelitbangda",
      "2025–2045",
      "2025–2029",
    ])
      expect(text, word).not.toContain(word);
    expect(text).toContain("WALI KOTA CONTOH,");
    expect(text).toContain("RANCANGAN PERATURAN DAERAH KOTA CONTOH");
  });

  it("prints no value for an unknown fact", () => {
    expect(text).not.toMatch(/Rp 0\b|Progres 0|NaN|undefined|null/);
    expect(text).toContain("sebagian belum diketahui");
    expect(text).toContain("………");
  });

  it("leaves out what the plan does not have instead of printing a dash", () => {
    expect(text).not.toContain("Fokus RPJMD");
    expect(text).not.toContain("Misi dan Sasaran Pokok RPJPD");
    expect(rowsOf(root).filter((r) => r[1] === "–")).toEqual([]);
  });
});

describe("the bundled plan's HTML", () => {
  let root: Element;
  let text: string;
  beforeAll(async () => {
    root = readHtml(await render());
    text = visibleText(root);
  });

  it("prints each total once, after the last row, never in a repeating footer", () => {
    expect(byTag(root, "tfoot")).toEqual([]);
    const totals = byTag(root, "tr").filter((tr) => hasClass(tr, "total")).length;
    // One per program profile (the quick-win chapter summarises quick wins and does not
    // repeat their profiles), and one per budget recap.
    const budgeted = plan.programs.filter((p) => p.data.budget?.length);
    expect(totals).toBe(budgeted.length + 2);
  });

  it("numbers tables and figures per chapter, in the order they print", () => {
    for (const kind of ["Tabel", "Gambar"]) {
      const labels = elements(root)
        .filter((e) => hasClass(e, "caption-label"))
        .map((e) => new RegExp(`^${kind} (\\d+)\\.(\\d+)$`).exec(textOf(e)))
        .filter((m) => m !== null)
        .map((m) => [Number(m[1]), Number(m[2])] as const);
      expect(labels.length, kind).toBeGreaterThan(0);
      labels.forEach(([chapter, n], i) => {
        const before = labels[i - 1];
        expect(n, `${kind} ${chapter}.${n}`).toBe(
          before && before[0] === chapter ? before[1] + 1 : 1,
        );
      });
    }
  });

  it("numbers its tables per chapter and keeps ids off the page", () => {
    expect(text).toMatch(/Tabel 2\.1 Kondisi Umum Wilayah/);
    expect(text).toMatch(/Sumber: BPS Kabupaten Purbalingga/);
    expect(text).not.toMatch(/\b(misi|sasaran)-\d/);
    expect(text).toContain("Sasaran 4: ………");
  });

  it("opens with the list of terms and abbreviations, foreign terms in italics", () => {
    expect(text).toContain("DAFTAR ISTILAH DAN SINGKATAN");
    const foreign = byTag(root, "em").filter((e) => hasClass(e, "foreign"));
    expect(foreign.map(textOf)).toContain("smart city");
    const terms = byTag(root, "tr").map((tr) => byTag(tr, "td"));
    const dinkominfo = terms.find(
      (r) => r[0] && hasClass(r[0], "term") && textOf(r[0]) === "Dinkominfo",
    )!;
    expect(hasClass(dinkominfo[1]!, "meaning")).toBe(true);
    expect(textOf(dinkominfo[1]!)).toMatch(/^Dinas Komunikasi/);
  });

  it("marks a drafting note as one", () => {
    expect(text).toMatch(/Catatan penyusunan: Visi dan misi smart city adalah rumusan sementara/);
  });
});

/** The text a reader sees: no tags, no style sheet. */
function visibleText(root: Element): string {
  return textOf(root).replace(/\s+/g, " ");
}

/** Each two-column row of the document: its heading cell and its first value cell, as text. */
function rowsOf(root: Element): string[][] {
  return byTag(root, "tr")
    .map((tr) => elements(tr).filter((e) => e.tagName === "th" || e.tagName === "td"))
    .filter((cells) => cells.length === 2 && cells[0]!.tagName === "th")
    .map((cells) => cells.map((c) => textOf(c).replace(/\s+/g, " ").trim()));
}

it("prints no blank at all for an enacted plan with every fact filled", async () => {
  const files = miniPlan();
  files["masterplan.yaml"] = files["masterplan.yaml"]!.replace(
    "status: rancangan",
    "status: ditetapkan",
  );
  files["chapters/pendahuluan.yaml"] = `schema_version: 1
id: pendahuluan
order: 1
title: Pendahuluan
sections: [{ title: Latar Belakang, body: Teks. }]
blocks: [region-facts, rpjpd, dimensions, roadmap, programs, quick-wins, infrastructure, governance, responsibility, budget, traceability]
`;
  const checked = validateFiles(files);
  expect(checked.diagnostics).toEqual([]);
  const { theme, locale } = await themeFor(ROOT);
  const root = readHtml(renderHtml(buildModel(checked.sources!, { locale }), theme, locale));
  expect(elements(root).filter((e) => hasClass(e, "blank"))).toEqual([]);
  expect(byTag(root, "aside").filter((e) => hasClass(e, "drafting-note"))).toEqual([]);
  expect(visibleText(root)).toContain("PERATURAN DAERAH KABUPATEN CONTOH");
  expect(visibleText(root)).not.toContain("RANCANGAN");
});
