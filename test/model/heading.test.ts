import { expect, it } from "vitest";
import { lampiranHeading } from "../../src/model/heading.js";
import type { ManifestInput } from "../../src/types/generated/manifest.js";

const manifest = (
  legal: Partial<ManifestInput["legal"]>,
  kind: "kabupaten" | "kota" = "kabupaten",
): ManifestInput =>
  ({
    region: { kind, name: "Purbalingga", province: "Jawa Tengah" },
    title: "Masterplan Smart City",
    legal: { status: "rancangan", regulation: "perda", number: null, year: null, ...legal },
  }) as ManifestInput;

it("a draft Perda says RANCANGAN and leaves the number blank", () => {
  expect(lampiranHeading(manifest({ number: "7", year: 2026 }))).toEqual({
    lampiran: "LAMPIRAN",
    regulation: "RANCANGAN PERATURAN DAERAH KABUPATEN PURBALINGGA",
    number: null,
    year: null,
    about: "MASTERPLAN SMART CITY",
  });
});

it("an enacted Perda drops RANCANGAN and fills the number", () => {
  const h = lampiranHeading(
    manifest({ status: "ditetapkan", number: "7", year: 2026, attachment: "II" }),
  );
  expect([h.lampiran, h.regulation, h.number, h.year]).toEqual([
    "LAMPIRAN II",
    "PERATURAN DAERAH KABUPATEN PURBALINGGA",
    "7",
    2026,
  ]);
});

it("a Perbup says PERATURAN BUPATI, a city's says WALI KOTA", () => {
  expect(lampiranHeading(manifest({ regulation: "perbup" })).regulation).toBe(
    "RANCANGAN PERATURAN BUPATI PURBALINGGA",
  );
  expect(
    lampiranHeading(manifest({ regulation: "perbup", status: "ditetapkan" }, "kota")).regulation,
  ).toBe("PERATURAN WALI KOTA PURBALINGGA");
  expect(lampiranHeading(manifest({}, "kota")).regulation).toBe(
    "RANCANGAN PERATURAN DAERAH KOTA PURBALINGGA",
  );
});
