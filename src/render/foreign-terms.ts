/**
 * Finds the foreign terms of a glossary in text: whole words, any letter case, longest term
 * first ("single sign-on" before "sign"). Null when there are no terms.
 */
export function foreignTermPattern(terms: readonly string[]): RegExp | null {
  const words = [...new Set(terms.map((t) => t.trim()).filter(Boolean))].sort(
    (a, b) => b.length - a.length,
  );
  if (words.length === 0) return null;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ +/g, "\\s+"));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})(?![\\p{L}\\p{N}])`, "giu");
}

/** Splits text into plain and foreign pieces, in order. */
export function splitForeign(
  text: string,
  pattern: RegExp | null,
): Array<{ text: string; foreign: boolean }> {
  if (!pattern) return [{ text, foreign: false }];
  const out: Array<{ text: string; foreign: boolean }> = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), foreign: false });
    out.push({ text: m[0], foreign: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), foreign: false });
  return out;
}
