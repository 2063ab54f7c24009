import { readFile } from "node:fs/promises";
import path from "node:path";
import { templatesDir } from "../paths/package-root.js";

/** What makes a plan folder a repository that works: where each file goes, and its template. */
const FILES: ReadonlyArray<{ rel: string; template: string }> = [
  { rel: ".gitignore", template: "gitignore" },
  { rel: ".gitattributes", template: "gitattributes" },
  { rel: ".vscode/settings.json", template: "vscode-settings.json" },
  { rel: ".vscode/extensions.json", template: "vscode-extensions.json" },
  { rel: ".github/workflows/masterplan.yml", template: "masterplan.yml" },
];

/**
 * The repository's own files for a new plan (templates/init/repository/): ignore rules,
 * line endings, editor settings, and a GitHub workflow that installs this very version of
 * masterplan from the npm registry.
 */
export async function repositoryFiles(
  version: string,
): Promise<Array<{ rel: string; text: string }>> {
  const dir = path.join(templatesDir, "init", "repository");
  return Promise.all(
    FILES.map(async ({ rel, template }) => ({
      rel,
      text: (await readFile(path.join(dir, template), "utf8")).replaceAll("__VERSION__", version),
    })),
  );
}
