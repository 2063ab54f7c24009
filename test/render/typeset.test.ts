import { expect, it } from "vitest";
import { foreignTermPattern } from "../../src/render/foreign-terms.js";
import { typeset } from "../../src/render/typeset.js";

const terms = foreignTermPattern(["smart city", "Smart Economy", "quick win"]);

it("keeps a year range and its 'Tahun' on one line", () => {
  expect(typeset("<div>KABUPATEN CONTOH TAHUN 2025–2045</div>", null)).toBe(
    '<div>KABUPATEN CONTOH <span class="nowrap">TAHUN 2025–2045</span></div>',
  );
  expect(typeset("<th>Tahap I (2025–2029)</th>", null)).toBe(
    '<th>Tahap I (<span class="nowrap">2025–2029</span>)</th>',
  );
  // Not a range of years: a phone number, a code, an amount.
  for (const text of ["0281-891012", "2.16.03", "Rp 1.000–2.000", "12345–67890"])
    expect(typeset(`<p>${text}</p>`, null)).toBe(`<p>${text}</p>`);
});

it("sets foreign terms in italics in any text, also where the source broke the line inside one", () => {
  expect(typeset("<p>Perangkat daerah koordinator smart city:</p>", terms)).toBe(
    '<p>Perangkat daerah koordinator <em class="foreign">smart city</em>:</p>',
  );
  expect(typeset("<p>yaitu Smart\n  Economy, dan</p>", terms)).toBe(
    '<p>yaitu <em class="foreign">Smart\n  Economy</em>, dan</p>',
  );
});

it("leaves tags, attributes, italics already set, the title, styles and drawings as they are", () => {
  const html = [
    "<title>Masterplan smart city 2025–2045</title>",
    '<style>.smart-city{content:"2025-2045"}</style>',
    '<img alt="quick win 2025–2026">',
    '<em class="foreign">quick win</em>',
    "<svg><text>quick win 2025–2026</text></svg>",
  ].join("");
  expect(typeset(html, terms)).toBe(html);
});
