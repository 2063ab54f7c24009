import { PdfFile, isDict, nameOf } from "./pdf-file.js";

export interface PdfFont {
  name: string;
  subtype: string;
  embedded: boolean;
}

/** The fonts a PDF uses, with their type and whether their program is embedded. */
export function listFonts(pdf: PdfFile): PdfFont[] {
  const fonts: PdfFont[] = [];
  // Most objects are not fonts: only those whose bytes name one are parsed.
  for (const num of pdf.objectsWith("/Font")) {
    const object = pdf.get(num);
    if (!isDict(object) || nameOf(object.get("Type")) !== "Font") continue;
    const subtype = nameOf(pdf.resolve(object.get("Subtype")));
    if (subtype === "Type0") continue; // its descendant font is listed on its own
    const descriptor = pdf.resolve(object.get("FontDescriptor"));
    const embedded =
      subtype === "Type3" ||
      ["FontFile", "FontFile2", "FontFile3"].some((k) => isDict(descriptor) && descriptor.has(k));
    fonts.push({
      name: nameOf(pdf.resolve(object.get("BaseFont"))) ?? "(unnamed)",
      subtype: subtype ?? "?",
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
