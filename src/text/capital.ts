/** A sentence's first letter as a capital: "the file …" → "The file …". */
export function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
