import { defaultLocale } from "../helpers/theme.js";
import Handlebars from "handlebars";
import { describe, expect, it } from "vitest";
import {
  formatMillions,
  formatNumber,
  lookupWord,
  registerHelpers,
  rowGroups,
} from "../../src/render/helpers.js";

it("writes numbers the Indonesian way", () => {
  expect(formatNumber(1040109)).toBe("1.040.109");
  expect(formatNumber(3.2)).toBe("3,2");
  expect(formatNumber(777.64)).toBe("777,64");
  expect(formatNumber(-0.5)).toBe("-0,5");
  expect(formatMillions(333_333_333)).toBe("333,33");
});

it("looks up dotted locale keys and shows a missing key as itself", () => {
  const locale = { labels: { lead: "Pengampu" } };
  expect(lookupWord(locale, "labels.lead")).toBe("Pengampu");
  expect(lookupWord(locale, "labels.nope")).toBe("labels.nope");
});

it("shows a blank visibly and escapes values", () => {
  const hb = Handlebars.create();
  registerHelpers(hb, {
    locale: { ...defaultLocale, blank: "………" },
    tocPages: new Map([["bab-1", 3]]),
  });
  expect(
    hb.compile("{{num a}}|{{num b}}|{{num c}}", { strict: true })({
      a: 3.2,
      b: "Jawa Tengah",
      c: null,
    }),
  ).toBe("3,2|Jawa Tengah|");
  const t = hb.compile(
    "{{blank a}}|{{blank b}}|{{rupiah c}}|{{tocPage 'bab-1'}}|{{tocPage 'bab-2'}}",
    { strict: true },
  );
  expect(t({ a: null, b: "<b>", c: 1250000000 })).toBe(
    '<span class="blank">………</span>|&lt;b&gt;|Rp 1.250.000.000|<span data-toc-page="bab-1">3</span>|<span data-toc-page="bab-2"></span>',
  );
});

describe("unknown facts", () => {
  const hb = Handlebars.create();
  registerHelpers(hb, {
    locale: { ...defaultLocale, blank: "………", partlyUnknown: "sebagian belum diketahui" },
    tocPages: null,
    foreignTerms: ["smart city", "quick win"],
  });
  const render = (template: string, data: unknown) => hb.compile(template, { strict: true })(data);
  const blank = '<span class="blank">………</span>';

  it("prints a sum over unknown amounts as its known part, said to be incomplete", () => {
    expect(render("{{amount a}}", { a: { known: 150000000, complete: true } })).toBe(
      "Rp 150.000.000",
    );
    expect(render("{{amount a}}", { a: { known: 150000000, complete: false } })).toBe(
      'Rp 150.000.000 <span class="incomplete">(sebagian belum diketahui)</span>',
    );
    // Nothing known is a blank, never "Rp 0"; a known zero is "Rp 0".
    expect(render("{{amount a}}", { a: { known: 0, complete: false } })).toBe(blank);
    expect(render("{{amount a}}", { a: null })).toBe(blank);
    expect(render("{{amount a}}", { a: { known: 0, complete: true } })).toBe("Rp 0");
    expect(render("[{{amountWords a}}]", { a: { known: 5, complete: false } })).toBe("[]");
  });

  it("prints recap cells in millions, marking incomplete ones", () => {
    expect(render("{{millions a}}", { a: { known: 1250000000, complete: true } })).toBe("1.250");
    expect(render("{{millions a}}", { a: { known: 75500000, complete: false } })).toBe("75,5*");
    expect(render("{{millions a}}", { a: null })).toBe("–");
    expect(render("{{millions a}}", { a: { known: 0, complete: false } })).toBe(blank);
  });

  it("tells a target not set from a target not known, and a baseline's year", () => {
    expect(
      render("{{#each t}}[{{target this}}]{{/each}}", {
        t: [null, { value: null }, { value: 2.5 }],
      }),
    ).toBe(`[][${blank}][2,5]`);
    expect(render("{{baseline b}}", { b: { value: 3.2, year: 2022, source: "BPS" } })).toBe(
      "3,2 (2022)",
    );
    expect(render("{{baseline b}}", { b: null })).toBe(blank);
  });

  it("names an agency, with a blank for what is not known of it", () => {
    const dinkes = { id: "dinkes", name: "Dinas Kesehatan", abbreviation: "Dinkes" };
    const baru = { id: "baru", name: "Dinas Baru", abbreviation: null };
    expect(render("{{agencyName a}}|{{agency a}}", { a: dinkes })).toBe(
      "Dinas Kesehatan (Dinkes)|Dinkes",
    );
    expect(render("{{agencyName a}}|{{agency a}}", { a: baru })).toBe(
      `Dinas Baru (${blank})|Dinas Baru`,
    );
    expect(render("{{agencyName a}}|{{agency a}}", { a: null })).toBe(`${blank}|${blank}`);
  });

  it("sets foreign terms in italics in plan text, and escapes it", () => {
    expect(render("{{text s}}", { s: "Program Quick Win <b> smart cityscape" })).toBe(
      'Program <em class="foreign">Quick Win</em> &lt;b&gt; smart cityscape',
    );
    expect(render("{{text s}}", { s: null })).toBe(blank);
  });
});

it("keeps a short table whole and the head and tail of a long one together", () => {
  expect(rowGroups([1, 2, 3])).toEqual([{ rows: [1, 2, 3], keep: true }]);
  const long = Array.from({ length: 10 }, (_, i) => i);
  expect(rowGroups(long)).toEqual([
    { rows: [0, 1, 2], keep: true },
    { rows: [3, 4], keep: false },
    { rows: [5, 6, 7, 8, 9], keep: true },
  ]);
});
