import path from "node:path";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { at, baseName, type Rule } from "../rule.js";

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
            message: `The id \`${doc.data.id}\` does not match the file name \`${expected}\`.`,
            hint: `Set \`id: ${expected}\` or rename the file to \`${doc.data.id}.yaml\`.`,
          }),
        );
    }
    for (const doc of plan.programs) {
      const folder = path.basename(path.dirname(doc.source.path));
      if (folder !== doc.data.dimension)
        out.push(
          at(doc, ["dimension"], {
            code: "id/wrong-folder",
            message: `This program of dimension \`${doc.data.dimension}\` sits in the folder \`${folder}\`.`,
            hint: `Move it to programs/${doc.data.dimension}/.`,
          }),
        );
    }
    return out;
  },
};
