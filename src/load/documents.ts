/**
 * The documents one plan prints. The Kominfo programme asks a region for several documents
 * that must agree, and the regulation that enacts the masterplan travels with it; each is
 * printed from the same model, with its own layout in the theme.
 */
export const DOCUMENTS = ["masterplan", "ringkasan", "quick-win", "kesiapan", "raperda"] as const;
export type DocumentKind = (typeof DOCUMENTS)[number];

/** Each document's layout in the theme. */
export const LAYOUTS: Record<DocumentKind, string> = {
  masterplan: "layout.hbs",
  ringkasan: "ringkasan.hbs",
  "quick-win": "quick-win.hbs",
  kesiapan: "kesiapan.hbs",
  raperda: "raperda.hbs",
};
