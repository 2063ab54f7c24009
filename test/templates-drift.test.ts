import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import Handlebars from "handlebars";
import { expect, it } from "vitest";
// @ts-expect-error: the generator is a plain JavaScript script without type declarations.
import { generateTemplates, templatesFile } from "../scripts/gen-templates.js";
import { DOCUMENTS } from "../src/load/documents.js";
import { prepare } from "../src/pipeline/prepare.js";
import { PRECOMPILED } from "../src/render/generated/templates.js";
import { createRenderer } from "../src/render/render-html.js";

it("the committed compiled templates match templates/default (run `npm run gen:templates` after editing one)", async () => {
  expect(await readFile(templatesFile as string, "utf8")).toBe(await generateTemplates());
});

it("renders every document the same from the compiled templates as from their text", async () => {
  const plans = ["masterplan", "test/fixtures/kota-contoh", "test/fixtures/kabupaten-perbup"];
  const prepared = await Promise.all(
    plans.map((dir) => prepare(dir, { model: { documents: [...DOCUMENTS] } })),
  );
  const renderAll = () =>
    prepared.flatMap((p) =>
      DOCUMENTS.map((doc) => createRenderer(p.theme!, p.locale!, doc)(p.model!)),
    );
  const compiled = renderAll();
  const saved = { ...PRECOMPILED };
  for (const key of Object.keys(PRECOMPILED)) delete PRECOMPILED[key];
  try {
    const fromText = renderAll();
    expect(fromText.length).toBe(plans.length * DOCUMENTS.length);
    fromText.forEach((html, i) => expect(html === compiled[i], `render ${i}`).toBe(true));
  } finally {
    Object.assign(PRECOMPILED, saved);
  }
});

it("renders a bundled template from its compiled form, found by its text", async () => {
  const p = await prepare("masterplan", { model: { documents: ["kesiapan"] } });
  const key = createHash("sha256").update(p.theme!.layouts.kesiapan).digest("hex");
  const saved = PRECOMPILED[key];
  expect(saved).toBeDefined();
  PRECOMPILED[key] = new Function(`return ${Handlebars.precompile("compiled form")}`)();
  try {
    expect(createRenderer(p.theme!, p.locale!, "kesiapan")(p.model!)).toContain("compiled form");
  } finally {
    PRECOMPILED[key] = saved;
  }
});
