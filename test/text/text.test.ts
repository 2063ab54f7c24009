import { describe, expect, it } from "vitest";
import { roman } from "../../src/text/roman.js";
import { formatRupiah, groupDigits } from "../../src/text/rupiah.js";
import { tanggal } from "../../src/text/tanggal.js";
import { rupiahWords, terbilang } from "../../src/text/terbilang.js";

describe("rupiah", () => {
  it("groups digits with dots", () => {
    expect(formatRupiah(1_250_000_000)).toBe("Rp 1.250.000.000");
    expect(formatRupiah(0)).toBe("Rp 0");
    expect(formatRupiah(999)).toBe("Rp 999");
    expect(groupDigits(-1234567)).toBe("-1.234.567");
  });
});

describe("roman", () => {
  it("writes chapter numerals", () => {
    expect([1, 4, 9, 11, 14, 40, 1994].map(roman)).toEqual([
      "I",
      "IV",
      "IX",
      "XI",
      "XIV",
      "XL",
      "MCMXCIV",
    ]);
  });
  it("refuses numbers without a numeral", () => {
    expect(() => roman(0)).toThrow(RangeError);
  });
});

describe("terbilang", () => {
  it.each([
    [0, "nol"],
    [1, "satu"],
    [11, "sebelas"],
    [12, "dua belas"],
    [19, "sembilan belas"],
    [20, "dua puluh"],
    [100, "seratus"],
    [115, "seratus lima belas"],
    [1000, "seribu"],
    [1001, "seribu satu"],
    [2500, "dua ribu lima ratus"],
    [1_000_000, "satu juta"],
    [1_250_000_000, "satu miliar dua ratus lima puluh juta"],
    [3_000_000_000_000, "tiga triliun"],
    [777_640, "tujuh ratus tujuh puluh tujuh ribu enam ratus empat puluh"],
  ])("%i → %s", (n, words) => {
    expect(terbilang(n)).toBe(words);
  });
  it("says rupiah", () => {
    expect(rupiahWords(350_000_000)).toBe("tiga ratus lima puluh juta rupiah");
  });
});

describe("tanggal", () => {
  it("writes Indonesian dates", () => {
    expect(tanggal("2024-07-05")).toBe("5 Juli 2024");
    expect(tanggal("2024-03-05")).toBe("5 Maret 2024");
  });
  it("refuses what is not a date", () => {
    expect(() => tanggal("5/7/2024")).toThrow(RangeError);
  });
});
