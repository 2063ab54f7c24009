import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/**
 * The package as Word and LibreOffice read it alike, and the same bytes for the same document
 * and date: the table of contents' field in runs of its own (LibreOffice shows the field code
 * otherwise) with its page numbers at the right margin of this paper, every file stamped with
 * the build's date, and the document's created and modified dates set to it.
 */
export function finish(buffer: Uint8Array, date: Date, textWidthTwip: number): Uint8Array {
  const files = unzipSync(buffer);
  const body = files["word/document.xml"];
  let drawings = 0;
  if (body)
    files["word/document.xml"] = strToU8(
      strFromU8(body)
        .replace(
          /<w:r>(<w:fldChar w:fldCharType="begin"[^>]*\/>)(<w:instrText[^>]*>[^<]*<\/w:instrText>)(<w:fldChar w:fldCharType="separate"\/>)<\/w:r>/g,
          "<w:r>$1</w:r><w:r>$2</w:r><w:r>$3</w:r>",
        )
        .replace(
          /<w:sdtPr><w:alias w:val="([^"]*)"\/><\/w:sdtPr>/g,
          '<w:sdtPr><w:alias w:val="$1"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>',
        )
        .replace(/ w:dirty="false"/g, "")
        // Each drawing its own id, as Word requires.
        .replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++drawings}"`)
        .replace(/<w:tab w:val="clear" w:pos="9026"\/>/g, "")
        .replace(
          /<w:tab w:val="right" w:pos="9025"/g,
          `<w:tab w:val="right" w:pos="${textWidthTwip}"`,
        ),
    );
  return reproducible(files, date);
}

function reproducible(files: Record<string, Uint8Array>, date: Date): Uint8Array {
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, "Z");
  const core = files["docProps/core.xml"];
  if (core)
    files["docProps/core.xml"] = strToU8(
      strFromU8(core).replace(
        /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
        `$1${stamp}$2`,
      ),
    );
  // ZIP times start in 1980.
  const mtime = new Date(Math.max(date.getTime(), Date.UTC(1980, 0, 2)));
  const sorted = Object.fromEntries(
    Object.keys(files)
      .sort((a, b) =>
        a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : a.localeCompare(b),
      )
      .map((k) => [k, [files[k]!, { mtime, level: 6 }] as const]),
  );
  return zipSync(sorted as Parameters<typeof zipSync>[0]);
}
