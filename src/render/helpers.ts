import Handlebars from "handlebars";
import { roman } from "../text/roman.js";
import { formatRupiah, groupDigits } from "../text/rupiah.js";
import { tanggal } from "../text/tanggal.js";
import { terbilang } from "../text/terbilang.js";
import { renderMarkdown } from "./markdown.js";

/** Looks up a dotted key ("labels.lead") in the locale; a missing word shows as its key. */
export function lookupWord(locale: Record<string, unknown>, key: string): string {
  let node: unknown = locale;
  for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === "string" ? node : key;
}

/** A number as Indonesian documents write it: 1.040.109 and 3,2. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n)) return groupDigits(n);
  const [whole, fraction] = String(n).split(".");
  return `${groupDigits(Number(whole))},${fraction ?? ""}`;
}

export interface HelperContext {
  locale: Record<string, unknown>;
  /** Page number of each heading, known after the first print; null before. */
  tocPages: ReadonlyMap<string, number> | null;
}

/** The template helpers: pure functions of their arguments and the context. */
export function registerHelpers(hb: typeof Handlebars, ctx: HelperContext): void {
  const blankWord = lookupWord(ctx.locale, "blank");
  const blank = (value: unknown) =>
    value === null || value === undefined || value === ""
      ? new hb.SafeString(`<span class="blank">${hb.escapeExpression(blankWord)}</span>`)
      : String(value);

  hb.registerHelper({
    rupiah: (n: number) => formatRupiah(n),
    groupDigits: (n: number) => groupDigits(n),
    // Numbers in the Indonesian style; text (a province name in a table of facts) as it is.
    num: (n: unknown) => (typeof n === "number" ? formatNumber(n) : (n ?? null)),
    terbilang: (n: number) => terbilang(n),
    roman: (n: number) => roman(n),
    tanggal: (d: string) => tanggal(d),
    markdown: (text: string | null) => new hb.SafeString(text ? renderMarkdown(text) : ""),
    blank,
    t: (key: string) => lookupWord(ctx.locale, key),
    eq: (a: unknown, b: unknown) => a === b,
    and: (a: unknown, b: unknown) => Boolean(a) && Boolean(b),
    concat: (...args: unknown[]) => args.slice(0, -1).map(String).join(""),
    join: (list: unknown[], sep: unknown) =>
      Array.isArray(list) ? list.map(String).join(typeof sep === "string" ? sep : ", ") : "",
    blockPartial: (kind: string) => `block-${kind}`,
    openHeading: (level: number, anchor: string) =>
      new hb.SafeString(
        `<h${Math.min(Math.max(level, 2), 6)} id="${hb.escapeExpression(anchor)}">`,
      ),
    closeHeading: (level: number) => new hb.SafeString(`</h${Math.min(Math.max(level, 2), 6)}>`),
    // Before the page numbers are known, an empty cell of the same width holds the place.
    tocPage: (anchor: string) => {
      const page = ctx.tocPages?.get(anchor);
      return page === undefined ? "" : String(page);
    },
  } as unknown as Handlebars.HelperDeclareSpec);
}
