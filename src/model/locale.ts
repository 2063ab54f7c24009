/** Words of the document, from the theme's locale.json. */
export interface Locale {
  blocks: Record<string, string>;
  sources: Record<string, string>;
  status: Record<string, string>;
  infrastructure: Record<string, string>;
  facts: Record<string, string>;
  labels: Record<string, string>;
  [key: string]: unknown;
}

/** A locale word, or the key itself so a missing word shows rather than breaks the document. */
export function word(
  table: Record<string, string>,
  key: string,
  vars: Record<string, string> = {},
): string {
  const text = table[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? `{${name}}`);
}
