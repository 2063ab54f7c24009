import path from "node:path";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { at, baseName, type Rule } from "../rule.js";
import { t } from "../../i18n/language.js";

/** A program, chapter or dimension id equals its file name, and a program sits in its dimension's folder. */
export const idMatchesFile: Rule = {
  id: "id-matches-file",
  check(plan) {
    const out: Diagnostic[] = [];
    for (const doc of [...plan.programs, ...plan.chapters, ...plan.dimensions]) {
      const expected = baseName(doc);
      if (doc.data.id !== expected)
        out.push(
          at(doc, ["id"], {
            code: "id/file-name",
            message: t("id.file-name", { id: doc.data.id, expected }),
            hint: t("id.file-name-hint", { id: doc.data.id, expected }),
          }),
        );
    }
    for (const doc of plan.programs) {
      const folder = path.basename(path.dirname(doc.source.path));
      if (folder !== doc.data.dimension)
        out.push(
          at(doc, ["dimension"], {
            code: "id/wrong-folder",
            message: t("id.folder", { dimension: doc.data.dimension, folder }),
            hint: t("id.folder-hint", { dimension: doc.data.dimension }),
          }),
        );
    }
    return out;
  },
};
