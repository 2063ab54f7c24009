import { readFileSync } from "node:fs";
import { loadTheme, type Theme } from "../../src/load/load-theme.js";
import { parseSource } from "../../src/load/source-file.js";
import type { Locale } from "../../src/model/locale.js";
import { checkLocale } from "../../src/validate/check-locale.js";

const FILE = "templates/default/locale.json";

/** The default theme's words, checked as a build checks them. */
export const defaultLocale: Locale = (() => {
  const checked = checkLocale(parseSource(FILE, readFileSync(FILE)));
  if (!checked.locale) throw new Error(`${FILE}: ${checked.diagnostics[0]?.message}`);
  return checked.locale;
})();

/** A plan's theme and its checked words. */
export async function themeFor(root: string): Promise<{ theme: Theme; locale: Locale }> {
  const theme = await loadTheme(root);
  const checked = checkLocale(theme.locale);
  if (!checked.locale) throw new Error(`locale.json: ${checked.diagnostics[0]?.message}`);
  return { theme, locale: checked.locale };
}
