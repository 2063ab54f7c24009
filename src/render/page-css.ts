import type { ThemeFonts } from "../load/theme-fonts.js";
import type { DocumentModel } from "../model/document-model.js";

/** The rule that leaves the first page without a number (a part printed later drops it). */
export const FIRST_PAGE_UNNUMBERED = `@page :first { @top-center { content: none; } }`;

const quote = (s: string) => `"${s.replace(/["\\]/g, "\\$&")}"`;

/**
 * Page size, margins, page numbers and fonts, written as CSS in code rather than through
 * Handlebars (which would escape the quotes in a font family and silently break the sheet).
 */
export function pageCss(model: DocumentModel, fonts: ThemeFonts): string {
  const { widthMm, heightMm, margins } = model.paper;
  const family = [...fonts.families.map(quote), "serif"].join(", ");
  const faces = fonts.faces.map((f) => {
    const src = [
      ...f.local.map((name) => `local(${quote(name)})`),
      ...(f.woff2
        ? [`url(data:font/woff2;base64,${Buffer.from(f.woff2).toString("base64")}) format("woff2")`]
        : []),
    ];
    return `@font-face { font-family: ${quote(f.family)}; font-weight: ${f.weight}; font-style: ${f.style}; src: ${src.join(", ")}; }`;
  });
  return [
    ...faces,
    `@page { size: ${widthMm}mm ${heightMm}mm; margin: ${margins.top}cm ${margins.right}cm ${margins.bottom}cm ${margins.left}cm;`,
    `  @top-center { content: "- " counter(page) " -"; font-family: ${family}; font-size: 12pt; vertical-align: bottom; padding-bottom: 0.4cm; } }`,
    FIRST_PAGE_UNNUMBERED,
    `html { font-family: ${family}; }`,
  ].join("\n");
}
