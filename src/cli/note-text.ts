import { t } from "../i18n/language.js";
import { BOOKMAN_DESIGN, fontInstallHint, PREFERRED_FONT } from "../load/theme-fonts.js";
import type { BuildNote } from "../pipeline/build-notes.js";

/** A build's note in words. */
export function noteText(note: BuildNote): string {
  const v = note.values;
  switch (note.code) {
    case "font/unconvertible":
      return `${String(v.problem)}.`;
    case "font/fallback":
      return `${t("note.font-fallback", { preferred: PREFERRED_FONT, design: BOOKMAN_DESIGN, face: String(v.face) })} ${fontInstallHint()}`;
    case "font/other-faces":
      return t("note.font-other-faces", { face: String(v.face), others: String(v.others) });
    case "font/type3":
      return t("note.font-type3", { fonts: String(v.fonts) });
    case "print/overflow":
      return t("note.overflow", { px: String(v.px), culprit: overflowCulprit(note) });
    case "print/toc-unnumbered":
      return t("note.toc-unnumbered");
    case "print/toc-moving":
      return t("note.toc-moving");
    case "print/blocked-requests":
      return t("note.blocked-requests", { count: String(v.count) });
    case "print/removed-links":
      return t("note.removed-links", { count: String(v.count), examples: String(v.examples) });
  }
}

function overflowCulprit({ values: v }: BuildNote): string {
  const where = v.heading === null ? "" : t("note.overflow-in", { heading: String(v.heading) });
  if (v.what === "table")
    return v.name === null
      ? t("note.overflow-a-table", { where })
      : t("note.overflow-table", { name: String(v.name), where });
  if (v.what === "word") return t("note.overflow-word", { name: String(v.name), where });
  if (v.what === "element") return t("note.overflow-element", { name: String(v.name), where });
  return t("note.overflow-unknown");
}
