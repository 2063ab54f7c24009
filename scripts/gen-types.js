// Generates src/types/generated/*.ts from schemas/*.schema.json.
// `npm run gen:types` writes them; test/types-drift.test.ts fails when the committed files differ.
import { readFile, readdir, writeFile, mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { compile } from "json-schema-to-typescript";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const schemaDir = path.join(root, "schemas");
export const typesDir = path.join(root, "src", "types", "generated");

const typeNames = {
  manifest: "ManifestInput",
  agencies: "AgenciesInput",
  rpjpd: "RpjpdInput",
  glossary: "GlossaryInput",
  readiness: "ReadinessInput",
  swot: "SwotInput",
  regulation: "RegulationInput",
  chapter: "ChapterInput",
  dimension: "DimensionInput",
  program: "ProgramInput",
  locale: "LocaleInput",
};

const header = (schemaFile) =>
  `/* DO NOT EDIT: generated from schemas/${schemaFile} by \`npm run gen:types\`. */\n`;

/** Returns the generated TypeScript source for every schema, keyed by output file name. */
export async function generateTypes() {
  const out = new Map();
  for (const file of (await readdir(schemaDir)).filter((f) => f.endsWith(".schema.json")).sort()) {
    const kind = file.replace(".schema.json", "");
    const schema = JSON.parse(await readFile(path.join(schemaDir, file), "utf8"));
    const name = typeNames[kind];
    if (!name) throw new Error(`no type name for schema ${file}`);
    const ts = await compile({ ...schema, title: name }, name, {
      bannerComment: header(file),
      additionalProperties: false,
      cwd: schemaDir,
      format: true,
      strictIndexSignatures: true,
      style: { printWidth: 100 },
    });
    out.set(`${kind}.ts`, ts);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await mkdir(typesDir, { recursive: true });
  for (const [file, ts] of await generateTypes()) {
    await writeFile(path.join(typesDir, file), ts);
    console.error(`wrote src/types/generated/${file}`);
  }
}
