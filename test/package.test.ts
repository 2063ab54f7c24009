import { execFileSync } from "node:child_process";
import { expect, it } from "vitest";

// `npm test` compiles lib/ first, so packing needs no script of its own here.
it("packs what a user runs and nothing of the development", () => {
  const [pack] = JSON.parse(
    execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { encoding: "utf8" }),
  ) as Array<{ files: Array<{ path: string }> }>;
  const files = pack!.files.map((f) => f.path);
  for (const needed of [
    "bin/masterplan.js",
    "lib/cli/run.js",
    "lib/index.d.ts",
    "schemas/program.schema.json",
    "templates/default/layout.hbs",
    "masterplan/masterplan.yaml",
    "LICENSE",
    "README.md",
    "package.json",
  ])
    expect(files, needed).toContain(needed);
  const unwanted = files.filter((f) =>
    /^(test|bench|scripts|src|\.github|\.ci|node_modules|dist)\/|\.map$|\.test\./.test(f),
  );
  expect(unwanted).toEqual([]);
});

it("has no install-time script for npm to block", () => {
  const pkg = JSON.parse(
    execFileSync("npm", ["pkg", "get", "scripts"], { encoding: "utf8" }),
  ) as Record<string, string>;
  for (const hook of ["preinstall", "install", "postinstall", "prepare"])
    expect(pkg[hook], hook).toBeUndefined();
});
