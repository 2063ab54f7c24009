export interface Heading {
  level: number;
  anchor: string | null;
  /** The heading's text, with the spaces a reader sees. */
  text: string;
}

/** The h1–h6 elements in document order; Chromium makes one bookmark per heading. */
export function headings(html: string): Heading[] {
  return [...html.matchAll(/<h([1-6])\b([^>]*)>([\s\S]*?)<\/h\1>/g)].map((m) => ({
    level: Number(m[1]),
    anchor: /\bid="([^"]*)"/.exec(m[2] ?? "")?.[1] ?? null,
    text: decodeEntities((m[3] ?? "").replace(/<[^>]*>/g, ""))
      .replace(/\s+/g, " ")
      .trim(),
  }));
}

export function decodeEntities(s: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(
          e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
        )
      : (named[e.toLowerCase()] ?? all),
  );
}
