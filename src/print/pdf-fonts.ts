import { PDFDict, PDFName, type PDFDocument } from "pdf-lib";

export interface PdfFont {
  name: string;
  subtype: string;
  embedded: boolean;
}

/** The fonts a PDF uses, with their type and whether their program is embedded. */
export function listFonts(doc: PDFDocument): PdfFont[] {
  const fonts: PdfFont[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.lookup(PDFName.of("Type")) !== PDFName.of("Font"))
      continue;
    const subtype = object.lookup(PDFName.of("Subtype"));
    if (subtype === PDFName.of("Type0")) continue; // its descendant font is listed on its own
    const descriptor = object.lookupMaybe(PDFName.of("FontDescriptor"), PDFDict);
    const embedded =
      subtype === PDFName.of("Type3") ||
      ["FontFile", "FontFile2", "FontFile3"].some((k) => descriptor?.has(PDFName.of(k)) ?? false);
    const base = object.lookup(PDFName.of("BaseFont"));
    fonts.push({
      name: base instanceof PDFName ? base.decodeText() : "(unnamed)",
      subtype: subtype instanceof PDFName ? subtype.decodeText() : "?",
      embedded,
    });
  }
  return fonts;
}

/** PostScript family names whose spaces cannot be guessed from their capitals. */
const KNOWN_FAMILIES: Record<string, string> = {
  TeXGyreBonum: "TeX Gyre Bonum",
  BookmanOldStyle: "Bookman Old Style",
};

/** "ABCDEF+LibreBaskerville-Regular" → "Libre Baskerville": family names, deduplicated. */
export function fontFamilies(fonts: readonly PdfFont[]): string[] {
  const family = (name: string) => {
    const base = name.replace(/^[A-Z]{6}\+/, "").replace(/[-,].*$/, "");
    return KNOWN_FAMILIES[base] ?? base.replace(/([a-z])([A-Z])/g, "$1 $2");
  };
  return [...new Set(fonts.map((f) => family(f.name)))].sort();
}
