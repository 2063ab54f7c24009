/** Words of the document, from the theme's locale.json. */
export interface Locale {
  blocks: Record<string, string>;
  captions: Record<string, string>;
  notes: Record<string, string>;
  sources: Record<string, string>;
  status: Record<string, string>;
  infrastructure: Record<string, string>;
  facts: Record<string, string>;
  labels: Record<string, string>;
  [key: string]: unknown;
}

/**
 * A locale word with `{name}` filled from `vars`, or the key itself so a missing word shows
 * rather than breaks the document. A variable given as null leaves its place out, so
 * "Arah RPJPD {period}" reads "Arah RPJPD" when the period is not known.
 */
export function word(
  table: Record<string, string> | undefined,
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

/** A top-level locale string, such as "chapter" or "table". */
export function topWord(locale: Locale, key: string, fallback: string): string {
  const value = locale[key];
  return typeof value === "string" ? value : fallback;
}
