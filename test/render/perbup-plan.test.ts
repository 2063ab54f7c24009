import { beforeAll, expect, it } from "vitest";
import { elements, hasClass, readHtml, textOf, type Element } from "../helpers/html.js";
import { prepare } from "../../src/pipeline/prepare.js";
import { createRenderer } from "../../src/render/render-html.js";

/** A ten-year Perbup kabupaten with no glossary.yaml, unknown years, lead and funding source. */
const DIR = "test/fixtures/kabupaten-perbup";
let masterplan: Element;
let ringkasan: Element;
beforeAll(async () => {
  const p = await prepare(DIR, { model: { documents: ["masterplan", "ringkasan"] } });
  masterplan = readHtml(createRenderer(p.theme!, p.locale!, "masterplan")(p.model!));
  ringkasan = readHtml(createRenderer(p.theme!, p.locale!, "ringkasan")(p.model!));
});

const text = (root: Element) => textOf(root).replace(/\s+/g, " ");

it("sets the default foreign terms in italics without a glossary", () => {
  const italic = elements(masterplan)
    .filter((e) => hasClass(e, "foreign"))
    .map((e) => textOf(e).replace(/\s+/g, " ").toLowerCase());
  expect(italic).toContain("smart city");
  expect(italic).toContain("smart governance");
});

it("prints a program's SIPD codes in its profile", () => {
  expect(text(masterplan)).toMatch(/Nomenklatur SIPD\s*2\.16\.03\.2\.02/);
});

it("counts a program whose years are unknown in a column of its own, not as none", () => {
  const figure = elements(ringkasan).find((e) => hasClass(e, "summary-roadmap"))!;
  const labels = elements(figure)
    .filter((e) => e.tagName === "text")
    .map((e) => textOf(e));
  expect(labels).toContain("belum diketahui");
  // Smart Governance: its one program has no years; Smart Economy's runs from 2025 (end unknown).
  const row = (name: string) => {
    const i = labels.indexOf(name);
    return labels.slice(i + 1, i + 4);
  };
  expect(row("Smart Governance")).toEqual(["0", "0", "1"]);
  expect(row("Smart Economy")).toEqual(["1", "0", "0"]);
});
