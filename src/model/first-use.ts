import { wholeWords } from "../text/whole-words.js";
import type { PlanSources } from "../validate/plan-sources.js";

/**
 * The first use of a foreign term's Indonesian form in the document's running text names the
 * foreign term after it, as legal drafting asks: "kota cerdas (*smart city*)". The glossary says
 * which forms (`indonesian` of a foreign term); each is expanded once, in the first text that
 * holds it as written (not capitalised inside a name), unless a bracket follows it there.
 */
export function firstUse(plan: PlanSources): (markdown: string) => string {
  const pending = (plan.glossary?.data.terms ?? [])
    .filter((t) => t.foreign && t.indonesian)
    .map((t) => ({ term: t.term, pattern: wholeWords(t.indonesian!, true) }));
  return (text) => {
    for (let i = 0; i < pending.length; i++) {
      const { term, pattern } = pending[i]!;
      const m = pattern.exec(text);
      if (!m) continue;
      pending.splice(i--, 1);
      const end = m.index + m[0].length;
      if (/^\s*\(/.test(text.slice(end))) continue;
      text = `${text.slice(0, end)} (*${term}*)${text.slice(end)}`;
    }
    return text;
  };
}
