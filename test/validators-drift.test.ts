import { readFile } from "node:fs/promises";
import { expect, it } from "vitest";
// @ts-expect-error: the generator is a plain JavaScript script without type declarations.
import { generateValidators, validatorsFile } from "../scripts/gen-validators.js";

it("the committed validators match the schemas (run `npm run gen:validators` after a schema change)", async () => {
  expect(await readFile(validatorsFile as string, "utf8")).toBe(await generateValidators());
});
