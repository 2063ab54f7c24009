import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";

it("the default theme names no region, agency or planning period of its own", () => {
  const dir = "templates/default";
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    // Kind-dependent words (Bupati, Kabupaten) come from the plan's region, periods from its
    // RPJPD and RPJMD, agencies from its agencies.yaml.
    expect(text, file).not.toMatch(
      /purbalingga|bappelitbangda|bappeda|bupati|wali ?kota|kabupaten|20[2-4]\d\s*[–-]\s*20[2-4]\d/i,
    );
  }
});
