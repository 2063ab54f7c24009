// Generates src/validate/generated/validators.ts from schemas/*.schema.json with ajv's standalone
// code, so that `validate` starts without compiling a schema. `npm run gen:validators` writes it;
// test/validators-drift.test.ts fails when the committed file differs.
import { readFile, readdir, writeFile, mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const schemaDir = path.join(root, "schemas");
export const validatorsFile = path.join(root, "src", "validate", "generated", "validators.ts");

/** The options every validator is compiled with; the runtime fallback uses the same. */
export const AJV_OPTIONS = { allErrors: true, strict: true };

/** The type each schema's data has once it passes (src/types/generated/, from the same schema). */
const TYPES = {
  agencies: "AgenciesInput",
  chapter: "ChapterInput",
  dimension: "DimensionInput",
  glossary: "GlossaryInput",
  locale: "LocaleInput",
  manifest: "ManifestInput",
  program: "ProgramInput",
  readiness: "ReadinessInput",
  rpjpd: "RpjpdInput",
  swot: "SwotInput",
  regulation: "RegulationInput",
};

/**
 * The generated module's source: one exported validate function per schema, each declared as
 * the type guard of the type generated from the same schema.
 */
export async function generateValidators() {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, esm: true, lines: true } });
  const exports = {};
  for (const file of (await readdir(schemaDir)).filter((f) => f.endsWith(".schema.json")).sort()) {
    const kind = file.replace(".schema.json", "");
    ajv.addSchema(JSON.parse(await readFile(path.join(schemaDir, file), "utf8")), kind);
    exports[kind] = kind;
  }
  // Ajv's helpers are CommonJS; an ES module imports them rather than calling require. Node
  // gives the whole `exports` as the default import, bundlers and test runners its `default`.
  const imports = [];
  const code = standaloneCode
    .default(ajv, exports)
    .replace(/const (\w+) = require\("([^"]+)"\)\.default;/g, (_, name, from) => {
      imports.push(`import ${name}Module from "${from}.js";`);
      return `const ${name} = ${name}Module.default ?? ${name}Module;`;
    });
  const kinds = Object.keys(exports);
  for (const kind of kinds) if (!TYPES[kind]) throw new Error(`no type name for schema ${kind}`);
  // The functions are exported under their own names, typed below.
  const untyped = code.replace(/export const (\w+) = (\w+);/g, "const $1Untyped = $2;");
  const typed = kinds.map(
    (kind) =>
      `export const ${kind} = ${kind}Untyped as unknown as ValidateFunction<${TYPES[kind]}>;`,
  );
  const types = kinds.map(
    (kind) => `import type { ${TYPES[kind]} } from "../../types/generated/${kind}.js";`,
  );
  return (
    "/* DO NOT EDIT: generated from schemas/*.schema.json by `npm run gen:validators`. */\n" +
    "// @ts-nocheck\n" +
    'import type { ValidateFunction } from "ajv";\n' +
    [...types, ...imports].join("\n") +
    "\n" +
    untyped +
    "\n" +
    typed.join("\n") +
    "\n"
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await mkdir(path.dirname(validatorsFile), { recursive: true });
  await writeFile(validatorsFile, await generateValidators());
  console.log(`wrote ${path.relative(root, validatorsFile)}`);
}
