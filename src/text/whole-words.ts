/**
 * A phrase as whole words, a line break where the source has a space; any letter case unless
 * `exact` (a capitalised "Kota Cerdas" is part of a name).
 */
export function wholeWords(phrase: string, exact = false): RegExp {
  const escaped = phrase
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/ +/g, "\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, exact ? "u" : "iu");
}
