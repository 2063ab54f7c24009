/**
 * A span of years as the documents print it: "2025", "2025–2027", and a blank for a year not
 * known yet ("2025–………"); both unknown is one blank.
 */
export function yearSpan(start: number | null, end: number | null, blank: string): string {
  if (start === null && end === null) return blank;
  if (start === end) return String(start);
  return `${start ?? blank}–${end ?? blank}`;
}
