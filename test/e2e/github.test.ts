import { appendFile, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, it } from "vitest";
import { copyPlan, runInProcess } from "../helpers/cli.js";

const PROGRAM = "programs/governance/matur-bupati-terpadu.yaml";

async function planWithDuplicateKey(): Promise<{ dir: string; line: number }> {
  const dir = await copyPlan();
  const file = path.join(dir, PROGRAM);
  const line = (await readFile(file, "utf8")).split("\n").length;
  await appendFile(file, "status: usulan\n");
  return { dir, line };
}

it("validate --format github annotates a duplicate key at its file and line", async () => {
  const { dir, line } = await planWithDuplicateKey();
  const r = await runInProcess(["validate", ".", "--format", "github"], { cwd: dir });
  expect(r.code).toBe(1);
  expect(r.stdout).toContain(
    `::error file=${PROGRAM},line=${line},col=1,title=yaml/duplicate-key::`,
  );
  expect(r.stdout).toMatch(/^::warning file=/m);
});

it("build --format github annotates the plan's problems and writes nothing", async () => {
  const { dir, line } = await planWithDuplicateKey();
  const r = await runInProcess(["build", ".", "--format", "github", "--out", "out"], { cwd: dir });
  expect(r.code).toBe(1);
  expect(r.stdout).toContain(`::error file=${PROGRAM},line=${line},col=1,`);
  expect(r.stderr).toContain("Nothing was written");
});
