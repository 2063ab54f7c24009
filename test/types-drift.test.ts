import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, it } from "vitest";
// @ts-expect-error: the generator is a plain JavaScript script without type declarations.
import { generateTypes, typesDir } from "../scripts/gen-types.js";

it("the committed input types match the schemas (run `npm run gen:types` after a schema change)", async () => {
  const generated = (await generateTypes()) as Map<string, string>;
  for (const [file, ts] of generated) {
    expect(await readFile(path.join(typesDir as string, file), "utf8"), file).toBe(ts);
  }
});
