import type { DocumentModel } from "./document-model.js";
import { DOCUMENTS, type DocumentKind } from "../load/documents.js";
import { word, type Locale } from "./locale.js";

export { DOCUMENTS, LAYOUTS, type DocumentKind } from "../load/documents.js";

/** The file name (without extension) a document is written under: it says which it is. */
export function outputName(name: string, doc: DocumentKind): string {
  return doc === "masterplan" ? name : `${name}-${doc}`;
}

/**
 * The documents to print: `--doc` when given ("all" for every one), else those the manifest's
 * `outputs` names, else the masterplan alone. Always in the order of `DOCUMENTS`.
 */
export function chosenDocuments(
  outputs: readonly string[] | undefined,
  flag?: DocumentKind | "all",
): DocumentKind[] {
  if (flag === "all") return [...DOCUMENTS];
  const wanted = new Set<string>(flag ? [flag] : (outputs ?? []));
  const chosen = DOCUMENTS.filter((d) => wanted.has(d));
  return chosen.length ? chosen : ["masterplan"];
}

/** The PDF metadata of a document: the masterplan's, with the document's own name before it. */
export function documentMetadata(
  model: DocumentModel,
  document: DocumentKind,
  locale: Locale,
): DocumentModel["metadata"] {
  if (document === "masterplan") return model.metadata;
  const label = word(locale.documents, document);
  return { ...model.metadata, title: `${label} ${model.metadata.title}`, subject: label };
}

/** The buku saku is a pocket booklet: A5, with narrower margins. */
const A5 = {
  size: "a5" as const,
  widthMm: 148,
  heightMm: 210,
  margins: { top: 2, bottom: 2, left: 2, right: 1.5 },
  textWidthMm: 148 - 10 * (2 + 1.5),
};

/** The model a document renders: the plan's, on the document's own paper. */
export function documentModel(model: DocumentModel, document: DocumentKind): DocumentModel {
  return document === "kesiapan" ? { ...model, paper: A5 } : model;
}
