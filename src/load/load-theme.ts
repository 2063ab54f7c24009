import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { MasterplanError } from "../diagnostics/masterplan-error.js";
import { templatesDir } from "../paths/package-root.js";
import { LAYOUTS, type DocumentKind } from "./documents.js";
import { parseSource, type SourceFile } from "./source-file.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";

/** A file as read: its parse, and the problems of its syntax. */
export interface ParsedSource {
  file: SourceFile;
  diagnostics: Diagnostic[];
}
import { themeFonts, type FontOptions, type ThemeFonts } from "./theme-fonts.js";
import { t } from "../i18n/language.js";

/** A document theme: layout, partials, style sheet, words and fonts, with a plan's overrides applied. */
export interface Theme {
  /** Every document's layout, by document. */
  layouts: Record<DocumentKind, string>;
  partials: Record<string, string>;
  css: string;
  /** locale.json, parsed with its positions; its words are checked against their schema once. */
  locale: ParsedSource;
  fonts: ThemeFonts;
  /** Where each theme file came from, for messages about a broken override. */
  origins: Record<string, string>;
}

/**
 * Reads the default theme, then lets files of the same name in `<planRoot>/templates/`
 * replace it piece by piece (layout.hbs, partials/<name>.hbs, style.css, locale.json).
 */
export async function loadTheme(
  planRoot: string,
  name = "default",
  fontOptions: FontOptions = {},
): Promise<Theme> {
  const { files, read } = await themeSources(planRoot, name);
  const partials: Record<string, string> = {};
  for (const rel of files.keys())
    if (rel.startsWith("partials/") && rel.endsWith(".hbs"))
      partials[path.basename(rel, ".hbs")] = await read(rel);
  const layouts = Object.fromEntries(
    await Promise.all(
      Object.entries(LAYOUTS).map(async ([doc, file]) => [doc, await read(file)] as const),
    ),
  ) as Record<DocumentKind, string>;
  return {
    layouts,
    partials,
    css: await read("style.css"),
    locale: await readLocale(files),
    fonts: await themeFonts(fontOptions),
    origins: Object.fromEntries(files),
  };
}

/** The theme files a plan brings of its own, with their text: what a build must not trust. */
export async function themeOverrides(theme: Theme): Promise<Array<{ file: string; text: string }>> {
  const own = Object.entries(theme.origins).filter(([, file]) =>
    path.relative(templatesDir, file).startsWith(".."),
  );
  return Promise.all(own.map(async ([, file]) => ({ file, text: await readFile(file, "utf8") })));
}

/** The theme's words alone, with the plan's override: for outputs that are not the document. */
export async function loadLocaleFile(planRoot: string, name = "default"): Promise<ParsedSource> {
  const { files } = await themeSources(planRoot, name);
  return readLocale(files);
}

/** The theme's files by relative path, a plan's own replacing the default's. */
async function themeSources(planRoot: string, name: string) {
  const files = new Map<string, string>();
  for (const dir of [path.join(templatesDir, name), path.join(planRoot, "templates")]) {
    for (const rel of await themeFiles(dir)) files.set(rel, path.join(dir, rel));
  }
  const read = async (rel: string) => {
    const file = files.get(rel);
    if (!file)
      throw new MasterplanError(t("theme.missing", { rel }), t("theme.missing-hint", { rel }));
    return readFile(file, "utf8");
  };
  return { files, read };
}

/** locale.json (JSON, which the YAML reader reads too), with the positions of its words. */
async function readLocale(files: ReadonlyMap<string, string>): Promise<ParsedSource> {
  const file = files.get("locale.json");
  if (!file)
    throw new MasterplanError(
      t("theme.missing", { rel: "locale.json" }),
      t("theme.missing-hint", { rel: "locale.json" }),
    );
  const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) => {
    throw new MasterplanError(t("load.unreadable-file", { file, problem: e.code ?? String(e) }));
  });
  return parseSource(file, bytes);
}

/** The files a theme is made of: the layouts, the style sheet, the words and the partials. */
const THEME_FILE = new RegExp(
  `^(${Object.values(LAYOUTS)
    .map((f) => f.replace(".", "\\."))
    .join("|")}|style\\.css|locale\\.json|partials/[\\w-]+\\.hbs)$`,
);

async function themeFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true, recursive: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
      .filter((rel) => THEME_FILE.test(rel))
      .sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new MasterplanError(
      t("theme.unreadable-folder", {
        dir,
        problem: (e as NodeJS.ErrnoException).code ?? String(e),
      }),
    );
  }
}
