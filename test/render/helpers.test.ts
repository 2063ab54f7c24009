import Handlebars from "handlebars";
import { expect, it } from "vitest";
import { formatNumber, lookupWord, registerHelpers } from "../../src/render/helpers.js";

it("writes numbers the Indonesian way", () => {
  expect(formatNumber(1040109)).toBe("1.040.109");
  expect(formatNumber(3.2)).toBe("3,2");
  expect(formatNumber(777.64)).toBe("777,64");
});

it("looks up dotted locale keys and shows a missing key as itself", () => {
  const locale = { labels: { lead: "Pengampu" } };
  expect(lookupWord(locale, "labels.lead")).toBe("Pengampu");
  expect(lookupWord(locale, "labels.nope")).toBe("labels.nope");
});

it("shows a blank visibly and escapes values", () => {
  const hb = Handlebars.create();
  registerHelpers(hb, { locale: { blank: "………" }, tocPages: new Map([["bab-1", 3]]) });
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
    '<span class="blank">………</span>|&lt;b&gt;|Rp 1.250.000.000|3|',
  );
});
