import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { runInProcess } from "../helpers/cli.js";

it("stops where there is no plan and says how to start one, for every command that reads one", async () => {
  const empty = await mkdtemp(path.join(os.tmpdir(), "mp-empty-"));
  for (const command of [
    ["build"],
    ["validate"],
    ["watch", "--no-open"],
    ["export"],
    ["fmt"],
    ["doctor"],
  ]) {
    const r = await runInProcess(command, { cwd: empty });
    if (command[0] === "doctor") {
      expect(r.stdout).toContain("There is no plan here");
      continue;
    }
    expect(r.code, command.join(" ")).toBe(2);
    expect(r.stderr).toContain("There is no plan here");
    expect(r.stderr).toContain("masterplan init <folder>");
    expect(r.stderr).toContain("--example");
  }
  // Nothing was written into the empty folder.
  expect((await import("node:fs")).readdirSync(empty)).toEqual([]);
});

it("reaches the bundled plan by --example, never by accident", async () => {
  const empty = await mkdtemp(path.join(os.tmpdir(), "mp-example-"));
  const r = await runInProcess(["validate", "--example", "--format", "json"], { cwd: empty });
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).summary.errors).toBe(0);
  const both = await runInProcess(["validate", "masterplan", "--example"]);
  expect(both.code).toBe(2);
});

it("names a plan outside the working folder as the user wrote it", async () => {
  const elsewhere = await mkdtemp(path.join(os.tmpdir(), "mp-elsewhere-"));
  const r = await runInProcess(["validate", path.join(elsewhere, "plan")]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(path.join(elsewhere, "plan"));
  expect(r.stderr).not.toContain("../");
});

it("refreshes only the schema copies, and validate warns while a copy differs", async () => {
  const work = await mkdtemp(path.join(os.tmpdir(), "mp-schemas-"));
  await runInProcess(["init", "plan", "--region", "Kota Contoh"], { cwd: work });
  const dir = path.join(work, "plan");
  const copy = path.join(dir, "schemas", "program.schema.json");
  const manifest = path.join(dir, "masterplan.yaml");
  const edited = `${await readFile(manifest, "utf8")}# suntingan analis\n`;
  await writeFile(manifest, edited);
  expect((await runInProcess(["schemas", dir, "--check"])).code).toBe(0);
  await writeFile(copy, "{}\n");
  const warned = await runInProcess(["validate", dir, "--format", "json"]);
  const stale = JSON.parse(warned.stdout).diagnostics.filter(
    (d: { code: string }) => d.code === "schema/stale-copy",
  );
  expect(stale).toHaveLength(1);
  expect(stale[0].file).toContain("program.schema.json");
  const check = await runInProcess(["schemas", dir, "--check"]);
  expect(check.code).toBe(1);
  expect(check.stdout.trim()).toMatch(/program\.schema\.json$/);
  const refresh = await runInProcess(["schemas", dir]);
  expect(refresh.code, refresh.stderr).toBe(0);
  expect(await readFile(copy, "utf8")).toBe(await readFile("schemas/program.schema.json", "utf8"));
  // The analyst's edit of masterplan.yaml is untouched.
  expect(await readFile(manifest, "utf8")).toBe(edited);
  const after = await runInProcess(["validate", dir, "--format", "json"]);
  expect(
    JSON.parse(after.stdout).diagnostics.some(
      (d: { code: string }) => d.code === "schema/stale-copy",
    ),
  ).toBe(false);
});

it("shows the files of a plan named with ../ as the user named it", async () => {
  const work = await mkdtemp(path.join(os.tmpdir(), "mp-typed-"));
  await runInProcess(["init", "rencana", "--region", "Kota Contoh"], { cwd: work });
  const inner = path.join(work, "kerja");
  await (await import("node:fs/promises")).mkdir(inner);
  const r = await runInProcess(["validate", "../rencana", "--format", "compact"], { cwd: inner });
  expect(r.stdout).toMatch(/^\.\.\/rencana\/masterplan\.yaml:\d+:\d+: /m);
});
