import { existsSync } from "node:fs";
import { mkdtemp, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { BOOKMAN_DESIGN, BUNDLED_FONT, themeFonts } from "../../src/load/theme-fonts.js";

// Debian's fonts-texgyre, which the set-up installs.
const DEBIAN = "/usr/share/texmf/fonts/opentype/public/tex-gyre";
const tempDir = () => mkdtemp(path.join(os.tmpdir(), "mp-fonts-"));

it("asks for an installed Bookman Old Style first, by its own names only", async () => {
  const fonts = await themeFonts({ searchDirs: [], env: { XDG_CACHE_HOME: await tempDir() } });
  const regular = fonts.faces.find(
    (f) => f.local.length && f.weight === 400 && f.style === "normal",
  );
  expect(regular?.local).toEqual(["Bookman Old Style", "BookmanOldStyle"]);
  // Never a system family name in font-family, so fontconfig cannot substitute a look-alike.
  expect(fonts.families).not.toContain("Bookman Old Style");
});

it("falls back to the bundled Libre Baskerville without TeX Gyre Bonum", async () => {
  const fonts = await themeFonts({ searchDirs: [await tempDir()], env: {} });
  expect(fonts.embedded).toBe(BUNDLED_FONT);
  expect(fonts.families.at(-1)).toBe(BUNDLED_FONT);
  expect(fonts.faces.filter((f) => f.woff2 !== null)).toHaveLength(4);
  expect(fonts.problem).toBeNull();
});

it.skipIf(!existsSync(DEBIAN))(
  "converts TeX Gyre Bonum to TrueType outlines once, then reads the cache",
  async () => {
    const cache = await tempDir();
    const options = { searchDirs: [DEBIAN], env: { XDG_CACHE_HOME: cache } };
    const first = await themeFonts(options);
    expect(first.embedded).toBe(BOOKMAN_DESIGN);
    expect(first.problem).toBeNull();
    const woff2 = first.faces.map((f) => f.woff2!);
    expect(woff2).toHaveLength(4);
    for (const bytes of woff2)
      expect(Buffer.from(bytes.slice(0, 4)).toString("latin1")).toBe("wOF2");
    expect(await readdir(path.join(cache, "masterplan", "fonts"))).toHaveLength(4);
    const again = await themeFonts(options);
    expect(again.faces.map((f) => f.woff2)).toEqual(woff2);
  },
);
