import { t } from "../i18n/language.js";
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { MasterplanError } from "../diagnostics/masterplan-error.js";

export interface FontFace {
  /** The CSS family the document asks for. */
  family: string;
  weight: 400 | 700;
  style: "normal" | "italic";
  /** Names of an installed face to use first (Bookman Old Style), tried before `woff2`. */
  local: string[];
  /** A web font made from TrueType outlines, so Chromium embeds it as TrueType; null for local only. */
  woff2: Uint8Array | null;
}

export interface ThemeFonts {
  faces: FontFace[];
  /** The CSS font-family list, most wanted first. */
  families: string[];
  /** The face the document carries with it when Bookman Old Style is not installed. */
  embedded: string;
  /** Why an installed TeX Gyre Bonum could not be used, for the build's notes; null otherwise. */
  problem: string | null;
}

/** The customary face of regional regulations; used when the reader's machine has it. */
export const PREFERRED_FONT = "Bookman Old Style";
/** The free Bookman design (GUST Font License), from Debian's fonts-texgyre. */
export const BOOKMAN_DESIGN = "TeX Gyre Bonum";
/** The bundled serif, redistributable under the SIL Open Font License: the last fallback. */
export const BUNDLED_FONT = "Libre Baskerville";
/** The document's own family name: never a system family, so fontconfig cannot swap in a look-alike. */
const DOCUMENT_FAMILY = "Masterplan Serif";

/** How to get the Bookman design on this kind of machine, in the user's language. */
export function fontInstallHint(platform: NodeJS.Platform = process.platform): string {
  return t(
    platform === "win32"
      ? "font.install-windows"
      : platform === "darwin"
        ? "font.install-macos"
        : "font.install-linux",
  );
}

/**
 * The folders Windows and macOS keep fonts in, per machine and per user, where Bookman Old
 * Style (installed with Microsoft Office) and TeX Gyre Bonum are found without fontconfig.
 */
export function systemFontDirs(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string[] {
  if (platform === "win32") {
    const windows = env.WINDIR || env.SystemRoot || "C:\\Windows";
    const local = env.LOCALAPPDATA || path.win32.join(home, "AppData", "Local");
    return [
      path.win32.join(windows, "Fonts"),
      path.win32.join(local, "Microsoft", "Windows", "Fonts"),
    ];
  }
  if (platform === "darwin")
    return [
      path.posix.join(home, "Library", "Fonts"),
      "/Library/Fonts",
      "/System/Library/Fonts/Supplemental",
      "/Applications/Microsoft Word.app/Contents/Resources/DFonts",
    ];
  return [];
}

/** Bookman Old Style's regular face as Windows and Office name its file. */
const BOOKMAN_FILES = ["BOOKOS.TTF", "bookos.ttf", "Bookman Old Style.ttf"];

type Variant = { weight: 400 | 700; style: "normal" | "italic"; bonum: string; local: string[] };
const VARIANTS: Variant[] = [
  {
    weight: 400,
    style: "normal",
    bonum: "regular",
    local: ["Bookman Old Style", "BookmanOldStyle"],
  },
  {
    weight: 700,
    style: "normal",
    bonum: "bold",
    local: ["Bookman Old Style Bold", "BookmanOldStyle-Bold"],
  },
  {
    weight: 400,
    style: "italic",
    bonum: "italic",
    local: ["Bookman Old Style Italic", "BookmanOldStyle-Italic"],
  },
  {
    weight: 700,
    style: "italic",
    bonum: "bolditalic",
    local: ["Bookman Old Style Bold Italic", "BookmanOldStyle-BoldItalic"],
  },
];

const BONUM_DIRS = [
  "/usr/share/texmf/fonts/opentype/public/tex-gyre",
  "/usr/share/texlive/texmf-dist/fonts/opentype/public/tex-gyre",
  "/usr/share/fonts/opentype/tex-gyre",
  "/usr/share/fonts/tex-gyre",
  "/usr/share/fonts/texgyre",
  "/usr/local/share/fonts",
  path.join(os.homedir(), ".local/share/fonts"),
  path.join(os.homedir(), ".fonts"),
  ...systemFontDirs(),
  path.join(os.homedir(), "Library/Fonts"),
  "/Library/Fonts",
];

/**
 * Glyphs kept in the converted face: Latin with its accents, punctuation, currency, arrows
 * and mathematical signs. A character outside them falls back to the next family.
 */
const SUBSET: number[] = [...range(0x20, 0x24f), ...range(0x2000, 0x22ff)];
/** Part of the cache key: change it when the conversion changes. */
const CONVERSION = "woff2-subset-1";

export interface FontOptions {
  env?: NodeJS.ProcessEnv;
  /** The only folders to look for TeX Gyre Bonum in; by default the usual ones, then fontconfig. */
  searchDirs?: readonly string[];
}

/**
 * The document's faces: Bookman Old Style where it is installed; else TeX Gyre Bonum, converted
 * from its CFF outlines (which Chromium would embed as Type 3) to TrueType once and cached;
 * else the bundled Libre Baskerville.
 */
export async function themeFonts(options: FontOptions = {}): Promise<ThemeFonts> {
  const env = options.env ?? process.env;
  const bonum = options.searchDirs
    ? findBonum(options.searchDirs)
    : (findBonum(BONUM_DIRS) ?? bonumFromFontconfig());
  let problem: string | null = null;
  if (bonum) {
    try {
      const faces = await Promise.all(
        VARIANTS.map(async (v) => ({
          family: DOCUMENT_FAMILY,
          weight: v.weight,
          style: v.style,
          local: v.local,
          woff2: await convertCached(bonum.get(v.bonum)!, cacheDir(env)),
        })),
      );
      return { faces, families: [DOCUMENT_FAMILY], embedded: BOOKMAN_DESIGN, problem: null };
    } catch (e) {
      if (e instanceof MasterplanError) throw e;
      // A face that cannot be converted leaves the bundled one; the build says why.
      problem = t("font.unconvertible", {
        face: BOOKMAN_DESIGN,
        dir: path.dirname(bonum.get("regular")!),
        problem: (e as Error).message,
      });
    }
  }
  const local = VARIANTS.map((v) => ({
    family: DOCUMENT_FAMILY,
    weight: v.weight,
    style: v.style,
    local: v.local,
    woff2: null,
  }));
  return {
    faces: [...local, ...(await bundledFaces())],
    families: [DOCUMENT_FAMILY, BUNDLED_FONT],
    embedded: BUNDLED_FONT,
    problem,
  };
}

const BONUM_NAMES = VARIANTS.map((v) => v.bonum);

/** Which faces this machine has, for `masterplan doctor`: the same search a build makes. */
export function installedFaces(options: FontOptions = {}): {
  bookman: string | null;
  bonum: string | null;
} {
  const bonum = options.searchDirs
    ? findBonum(options.searchDirs)
    : (findBonum(BONUM_DIRS) ?? bonumFromFontconfig());
  return { bookman: bookmanOldStyle(), bonum: bonum ? path.dirname(bonum.get("regular")!) : null };
}

/**
 * An installed Bookman Old Style (TrueType): in the fonts folders of Windows and macOS, which
 * have no fontconfig, else by fontconfig's exact family name.
 */
function bookmanOldStyle(): string | null {
  for (const dir of systemFontDirs())
    for (const name of BOOKMAN_FILES) {
      const file = path.join(dir, name);
      if (existsSync(file)) return file;
    }
  try {
    const listed = execFileSync("fc-list", ["-f", "%{family}|%{file}\n", PREFERRED_FONT], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 5000,
    });
    const found = listed
      .split("\n")
      .map((l) => l.split("|"))
      .find(([family, file]) => family?.split(",").includes(PREFERRED_FONT) && file);
    return found?.[1] ?? null;
  } catch {
    return null;
  }
}

/** The four TeX Gyre Bonum files, by variant, or null unless all four are found. */
function findBonum(dirs: readonly string[]): Map<string, string> | null {
  for (const dir of dirs) {
    const files = new Map(BONUM_NAMES.map((n) => [n, path.join(dir, `texgyrebonum-${n}.otf`)]));
    if ([...files.values()].every((f) => existsSync(f))) return files;
  }
  return null;
}

/** Where fontconfig has TeX Gyre Bonum, for installs outside the usual folders. */
function bonumFromFontconfig(): Map<string, string> | null {
  let listed: string;
  try {
    listed = execFileSync("fc-list", ["-f", "%{file}\n", BOOKMAN_DESIGN], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 5000,
    });
  } catch {
    return null;
  }
  const files = new Map<string, string>();
  for (const file of listed.split("\n")) {
    const m = /texgyrebonum-(\w+)\.otf$/i.exec(file);
    if (m && BONUM_NAMES.includes(m[1]!.toLowerCase())) files.set(m[1]!.toLowerCase(), file);
  }
  return files.size === BONUM_NAMES.length ? files : null;
}

function cacheDir(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CACHE_HOME || path.join(env.HOME || os.homedir(), ".cache");
  return path.join(base, "masterplan", "fonts");
}

/** Converts one OpenType/CFF face to a TrueType-outline WOFF2, reusing an earlier conversion. */
async function convertCached(file: string, dir: string): Promise<Uint8Array> {
  const source = await readFile(file);
  const key = createHash("sha256").update(CONVERSION).update(source).digest("hex").slice(0, 24);
  const cached = path.join(dir, `${path.basename(file, ".otf")}-${key}.woff2`);
  try {
    return new Uint8Array(await readFile(cached));
  } catch {
    // Not converted yet.
  }
  const converted = await convert(source);
  try {
    await mkdir(dir, { recursive: true });
    const temp = `${cached}.${process.pid}.tmp`;
    await writeFile(temp, converted);
    await rename(temp, cached);
  } catch {
    // An unwritable cache only costs the conversion again next time.
  }
  return converted;
}

type Converter = Pick<typeof import("fonteditor-core"), "Font" | "woff2">;
let converter: Promise<Converter> | undefined;

async function convert(source: Buffer): Promise<Uint8Array> {
  // Loaded only on a cache miss: the converter and its WebAssembly are not needed otherwise.
  converter ??= import("fonteditor-core").then(async (m: Converter) => {
    await m.woff2.init();
    return m;
  });
  const { Font } = await converter;
  const font = Font.create(source, { type: "otf", subset: SUBSET, kerning: true });
  // Asking the WOFF2 writer for hinting as well as kerning makes it return nothing.
  const out = font.write({ type: "woff2", kerning: true }) as unknown as Uint8Array;
  if (!out || out.length === 0) throw new Error("the font converter returned nothing");
  return new Uint8Array(out);
}

const LIBRE_FILES: Array<[400 | 700, "normal" | "italic", string]> = [
  [400, "normal", "libre-baskerville-latin-400-normal.woff2"],
  [400, "italic", "libre-baskerville-latin-400-italic.woff2"],
  [700, "normal", "libre-baskerville-latin-700-normal.woff2"],
  [700, "italic", "libre-baskerville-latin-700-italic.woff2"],
];

async function bundledFaces(): Promise<FontFace[]> {
  const require = createRequire(import.meta.url);
  let dir: string;
  try {
    dir = path.join(
      path.dirname(require.resolve("@fontsource/libre-baskerville/package.json")),
      "files",
    );
  } catch {
    throw new MasterplanError(t("font.bundled-missing"), t("font.bundled-missing-hint"));
  }
  return Promise.all(
    LIBRE_FILES.map(async ([weight, style, file]) => ({
      family: BUNDLED_FONT,
      weight,
      style,
      local: [],
      woff2: new Uint8Array(await readFile(path.join(dir, file))),
    })),
  );
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
