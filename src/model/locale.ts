import type { LocaleInput } from "../types/generated/locale.js";

/** Words of the document, from the theme's locale.json, checked against its schema once. */
export type Locale = LocaleInput;

/** A table of words: a table of the locale, or any record of words. */
export type Words = Readonly<Record<string, string | undefined>>;

/**
 * A locale word with `{name}` filled from `vars`, or the key itself so a missing word shows
 * rather than breaks the document. A variable given as null leaves its place out, so
 * "Arah RPJPD {period}" reads "Arah RPJPD" when the period is not known.
 */
export function word(
  table: Words | undefined,
  key: string,
  vars: Record<string, string | null> = {},
): string {
  const text = table?.[key] ?? key;
  return text
    .replace(/\{(\w+)\}/g, (all, name: string) => (name in vars ? (vars[name] ?? "") : all))
    .replace(/ {2,}/g, " ")
    .replace(/ ([,.;:)])/g, "$1")
    .trim();
}
