import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { MasterplanError } from "../diagnostics/masterplan-error.js";
import { templatesDir } from "../paths/package-root.js";

export interface FontFace {
  family: string;
  weight: number;
  style: "normal" | "italic";
  /** WOFF2 bytes made from TrueType outlines, so Chromium embeds them as TrueType. */
  woff2: Uint8Array;
}

/** A document theme: layout, partials, style sheet, words and fonts, with a plan's overrides applied. */
export interface Theme {
  layout: string;
  partials: Record<string, string>;
  css: string;
  locale: Record<string, unknown>;
  fonts: FontFace[];
  /** Where each theme file came from, for messages about a broken override. */
  origins: Record<string, string>;
}

/** The bundled serif, redistributable under the SIL Open Font License. */
export const BUNDLED_FONT = "Libre Baskerville";
const FONT_FILES: Array<[number, "normal" | "italic", string]> = [
  [400, "normal", "libre-baskerville-latin-400-normal.woff2"],
  [400, "italic", "libre-baskerville-latin-400-italic.woff2"],
  [700, "normal", "libre-baskerville-latin-700-normal.woff2"],
  [700, "italic", "libre-baskerville-latin-700-italic.woff2"],
];

/**
 * Reads the default theme, then lets files of the same name in `<planRoot>/templates/`
 * replace it piece by piece (layout.hbs, partials/<name>.hbs, style.css, locale.json).
 */
export async function loadTheme(planRoot: string, name = "default"): Promise<Theme> {
  const base = path.join(templatesDir, name);
  const files = new Map<string, string>();
  for (const dir of [base, path.join(planRoot, "templates")]) {
    for (const rel of await themeFiles(dir)) files.set(rel, path.join(dir, rel));
  }
  const origins = Object.fromEntries(files);
  const read = async (rel: string) => {
    const file = files.get(rel);
    if (!file)
      throw new MasterplanError(
        `The theme has no ${rel}.`,
        `Reinstall masterplan, or add ${rel} to the plan's templates/ folder.`,
      );
    return readFile(file, "utf8");
  };
  const partials: Record<string, string> = {};
  for (const rel of files.keys())
    if (rel.startsWith("partials/") && rel.endsWith(".hbs"))
      partials[path.basename(rel, ".hbs")] = await read(rel);
  let locale: Record<string, unknown>;
  try {
    locale = JSON.parse(await read("locale.json")) as Record<string, unknown>;
  } catch (e) {
    if (e instanceof MasterplanError) throw e;
    throw new MasterplanError(
      `${files.get("locale.json")} is not valid JSON: ${(e as Error).message}.`,
    );
  }
  return {
    layout: await read("layout.hbs"),
    partials,
    css: await read("style.css"),
    locale,
    fonts: await bundledFonts(),
    origins,
  };
}

async function themeFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true, recursive: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
      .filter((rel) => /^(layout\.hbs|style\.css|locale\.json|partials\/[\w-]+\.hbs)$/.test(rel))
      .sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new MasterplanError(
      `Cannot read the theme folder ${dir}: ${(e as NodeJS.ErrnoException).code ?? String(e)}.`,
    );
  }
}

async function bundledFonts(): Promise<FontFace[]> {
  const require = createRequire(import.meta.url);
  let dir: string;
  try {
    dir = path.join(
      path.dirname(require.resolve("@fontsource/libre-baskerville/package.json")),
      "files",
    );
  } catch {
    throw new MasterplanError(
      "The bundled font package @fontsource/libre-baskerville is missing.",
      "Run `npm ci` again.",
    );
  }
  return Promise.all(
    FONT_FILES.map(async ([weight, style, file]) => ({
      family: BUNDLED_FONT,
      weight,
      style,
      woff2: new Uint8Array(await readFile(path.join(dir, file))),
    })),
  );
}
