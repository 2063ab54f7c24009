import { mkdir, mkdtemp, writeFile, cp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, expect, it } from "vitest";
import { loadTheme } from "../../src/load/load-theme.js";
import { buildModel } from "../../src/model/build-model.js";
import type { Locale } from "../../src/model/locale.js";
import { renderHtml, TemplateError } from "../../src/render/render-html.js";
import { checkPlan } from "../../src/validate/check-plan.js";
import type { PlanSources } from "../../src/validate/plan-sources.js";

let plan: PlanSources;
beforeAll(async () => {
  plan = (await checkPlan("masterplan")).sources!;
});

async function render(root = plan.root, pages: ReadonlyMap<string, number> | null = null) {
  const theme = await loadTheme(root);
  return renderHtml(buildModel({ ...plan, root }, { locale: theme.locale as Locale }), theme, {
    tocPages: pages,
  });
}

it("renders a self-contained document without script", async () => {
  const html = await render();
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  expect(html).toContain("@font-face");
  expect(html).toContain("RANCANGAN PERATURAN DAERAH KABUPATEN PURBALINGGA");
  expect(html).toContain('<span class="blank">');
  expect(html).toContain("belum ditetapkan");
  expect(html).toMatch(/Provinsi<\/th><td>Jawa Tengah</);
  expect(html.replace(/base64,[^)]*/g, "")).not.toMatch(/NaN|undefined|\[object Object\]/);
  expect(html).toMatch(/<svg[^>]*viewBox/);
  expect(html).toContain("Rp ");
});

it("writes known page numbers into the table of contents", async () => {
  const html = await render(plan.root, new Map([["bab-1", 3]]));
  expect(html).toMatch(/href="#bab-1">.*?<span class="toc-page">3<\/span>/s);
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
