// Generates src/render/generated/templates.ts: every template of the default theme compiled by
// Handlebars ahead of time, so that a build renders its first document without compiling one.
// `npm run gen:templates` writes it; test/templates-drift.test.ts fails when the committed file
// differs. A template a plan overrides, or one whose text differs from the bundled file in any
// way, is compiled when it is rendered, as before.
import { createHash } from "node:crypto";
import { readFile, readdir, writeFile, mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import Handlebars from "handlebars";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const themeDir = path.join(root, "templates", "default");
export const templatesFile = path.join(root, "src", "render", "generated", "templates.ts");

/**
 * The options every template is compiled with, ahead of time or at render. Strict: a name the
 * model lacks is an error, not a blank. No auto-indent of partials: re-indenting every line of
 * nested partials costs more than rendering them, and HTML does not need it.
 */
export const COMPILE_OPTIONS = { strict: true, noEscape: false, preventIndent: true };

/** The key a template's compiled form is found by: the SHA-256 of its text. */
export const templateKey = (source) => createHash("sha256").update(source).digest("hex");

export async function generateTemplates() {
  const files = [
    ...(await readdir(themeDir)).filter((f) => f.endsWith(".hbs")),
    ...(await readdir(path.join(themeDir, "partials")))
      .filter((f) => f.endsWith(".hbs"))
      .map((f) => `partials/${f}`),
  ].sort();
  const entries = [];
  for (const file of files) {
    const source = await readFile(path.join(themeDir, file), "utf8");
    const spec = Handlebars.precompile(source, { ...COMPILE_OPTIONS });
    entries.push(`  // ${file}\n  ${JSON.stringify(templateKey(source))}: ${spec},`);
  }
  return (
    "/* DO NOT EDIT: generated from templates/default/ by `npm run gen:templates`. */\n" +
    "// @ts-nocheck\n" +
    `export const COMPILE_OPTIONS = ${JSON.stringify(COMPILE_OPTIONS)} as const;\n\n` +
    "/** Handlebars " +
    Handlebars.VERSION +
    ": each bundled template's compiled form, by the SHA-256 of its text. */\n" +
    "export const PRECOMPILED: Record<string, unknown> = {\n" +
    entries.join("\n") +
    "\n};\n"
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await mkdir(path.dirname(templatesFile), { recursive: true });
  await writeFile(templatesFile, await generateTemplates());
  console.log(`wrote ${path.relative(root, templatesFile)}`);
}
