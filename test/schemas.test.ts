import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { expect, it } from "vitest";
import { SCHEMA_FILES } from "../src/validate/schema-check.js";

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".yaml"))
    .map((e) => path.join(e.parentPath, e.name));

it("every schema compiles in ajv's strict 2020 mode and has an $id", () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const files = readdirSync("schemas").filter((f) => f.endsWith(".schema.json"));
  // Every plan file's schema, and the schema of a theme's words.
  expect(files.sort()).toEqual([...Object.values(SCHEMA_FILES), "locale.schema.json"].sort());
  for (const f of files) {
    const schema = JSON.parse(readFileSync(path.join("schemas", f), "utf8"));
    expect(schema.$id, f).toMatch(/^https:\/\//);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(() => ajv.compile(schema), f).not.toThrow();
  }
});

it("every YAML file under masterplan/ names a schema file that exists", () => {
  const files = yamlFiles("masterplan");
  expect(files.length).toBeGreaterThan(40);
  for (const file of files) {
    const first = readFileSync(file, "utf8").split("\n")[0] ?? "";
    const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
    expect(match, file).not.toBeNull();
    expect(existsSync(path.resolve(path.dirname(file), match![1]!)), file).toBe(true);
  }
});

it("the default theme's words pass their schema", async () => {
  const { defaultLocale } = await import("./helpers/theme.js");
  expect(defaultLocale.blank).toBe("………");
});
