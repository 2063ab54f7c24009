import { en } from "./en.js";
import { id } from "./id.js";

/** The languages masterplan speaks: Indonesian first, English for those who ask. */
export type Language = "id" | "en";
export const LANGUAGES: readonly Language[] = ["id", "en"];

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;
export const CATALOGS: Record<Language, Catalog> = { id, en };

/** A value that has words of its own in each language (a field's title from the schema). */
export interface Words {
  id: string;
  en: string;
}
export type MessageValue = string | number | Words;

let current: Language | undefined;

/**
 * The language a setting asks for: `--lang`, then MASTERPLAN_LANG, then the first of LC_ALL,
 * LC_MESSAGES and LANG that is set (as POSIX orders them); English only when that begins with
 * `en`, Indonesian otherwise (a C or POSIX locale included).
 */
export function pickLanguage(flag: string | undefined, env: NodeJS.ProcessEnv): Language {
  const asked = flag || env.MASTERPLAN_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^en(?:[_.@-]|$)/i.test(asked) ? "en" : "id";
}

/** Sets the language of every message from now on (the CLI does so once, at start). */
export function setLanguage(language: Language): void {
  current = language;
}

/** The language messages are written in; until set, the one the environment asks for. */
export function language(): Language {
  return (current ??= pickLanguage(undefined, process.env));
}

/** A message from the catalog in the current language, its `{name}` places filled in. */
export function t(key: MessageKey, values: Record<string, MessageValue> = {}): string {
  const lang = language();
  return fill(CATALOGS[lang][key], values, lang);
}

/**
 * The singular form `key.one` when `count` is 1 and the catalog has it; `key` otherwise.
 * Indonesian has no plural, so its catalog repeats the same words in both.
 */
export function tn(
  key: MessageKey,
  count: number,
  values: Record<string, MessageValue> = {},
): string {
  const one = `${key}.one` as MessageKey;
  return t(count === 1 && one in en ? one : key, { n: count, ...values });
}

/** A list in words: "a dan b", "a, b, dan c" (with the serial comma of Indonesian style). */
export function listWords(items: readonly string[]): string {
  const and = t("list.and");
  if (items.length <= 2) return items.join(` ${and} `);
  return `${items.slice(0, -1).join(", ")}, ${and} ${items.at(-1)!}`;
}

function fill(template: string, values: Record<string, MessageValue>, lang: Language): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = values[name];
    if (v === undefined) return whole;
    return typeof v === "object" ? v[lang] : String(v);
  });
}
