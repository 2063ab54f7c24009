import type { ChangesModel, DocumentModel } from "./document-model.js";

/**
 * The masterplan with a "Daftar Perubahan" annex, listed last in its table of contents. The
 * annex is built from the comparison of two modelled plans, so it is added to a model.
 */
export function withChanges(model: DocumentModel, changes: ChangesModel): DocumentModel {
  if (model.chapters.length === 0) return model;
  return {
    ...model,
    changes,
    toc: [...model.toc, { anchor: changes.anchor, level: 1, label: "", title: changes.title }],
  };
}
