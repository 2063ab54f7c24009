import {
  chmod,
  chown,
  cp,
  link,
  lstat,
  mkdtemp,
  readFile,
  readdir,
  readlink,
  stat,
  symlink,
  writeFile,
} from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeEach, expect, it } from "vitest";
import { rewriteSources } from "../../src/write/rewrite-sources.js";
import { formatPlan } from "../../src/format/format-plan.js";

const PROGRAM = "programs/governance/e-akun-identitas-tunggal.yaml";
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "mp-rewrite-"));
  await cp("test/fixtures/kota-contoh", dir, { recursive: true });
  await cp("masterplan/programs/governance/e-akun-identitas-tunggal.yaml", path.join(dir, PROGRAM));
  file = path.join(dir, PROGRAM);
  // Out of canonical order: `name` after `id` moved to the end.
  const text = await readFile(file, "utf8");
  const lines = text.trimEnd().split("\n");
  const at = lines.findIndex((l) => l.startsWith("name:"));
  const [name] = lines.splice(at, 1);
  await writeFile(file, [...lines, name, ""].join("\n"));
});

/** fmt as a library: format, then replace the changed files. */
async function fmt(between?: () => Promise<void>) {
  const plan = await formatPlan(dir);
  await between?.();
  const changed = plan.files.filter((f) => f.changed);
  return rewriteSources(
    changed.map((f) => ({ path: f.path, data: f.text!, read: f.read })),
    plan,
  );
}

it("never overwrites an edit saved after the file was read", async () => {
  const edited = `${await readFile(file, "utf8")}# disunting\n`;
  const r = await fmt(() => writeFile(file, edited));
  expect(r.written).toEqual([]);
  expect(r.diagnostics.map((d) => [d.file, d.code])).toEqual([[file, "write/changed"]]);
  expect(await readFile(file, "utf8")).toBe(edited);
});

it("keeps a file's mode", async () => {
  await chmod(file, 0o600);
  expect((await fmt()).written).toEqual([file]);
  expect((await stat(file)).mode & 0o777).toBe(0o600);
});

it("leaves a read-only file as it is and says so", async () => {
  await chmod(file, 0o444);
  const before = await readFile(file, "utf8");
  const r = await fmt();
  expect(r.diagnostics.map((d) => d.code)).toEqual(["write/read-only"]);
  expect(await readFile(file, "utf8")).toBe(before);
  expect((await stat(file)).mode & 0o777).toBe(0o444);
});

it.runIf(isRoot)("keeps a file's owner", async () => {
  await chown(file, 1234, 1235);
  expect((await fmt()).written).toEqual([file]);
  const info = await stat(file);
  expect([info.uid, info.gid]).toEqual([1234, 1235]);
});

it("keeps a hard link one file", async () => {
  const other = path.join(dir, "salinan.txt");
  await link(file, other);
  const inode = (await stat(file)).ino;
  expect((await fmt()).written).toEqual([file]);
  expect((await stat(file)).ino).toBe(inode);
  expect(await readFile(other, "utf8")).toBe(await readFile(file, "utf8"));
  expect((await readFile(file, "utf8")).split("\n")[5]).toMatch(/^name: /);
});

it("writes a link's target and keeps the link", async () => {
  const real = path.join(dir, "programs", "governance", "asli.yaml.txt");
  await cp(file, real);
  await writeFile(file, "");
  const { rm } = await import("node:fs/promises");
  await rm(file);
  await symlink("asli.yaml.txt", file);
  const r = await fmt();
  expect(r.written).toEqual([file]);
  expect((await lstat(file)).isSymbolicLink()).toBe(true);
  expect(await readlink(file)).toBe("asli.yaml.txt");
  expect((await readFile(real, "utf8")).split("\n")[5]).toMatch(/^name: /);
});

it("sweeps what a killed run left, and leaves nothing of its own", async () => {
  const folder = path.dirname(file);
  await writeFile(path.join(folder, ".masterplan-999999999-3.tmp"), "half");
  await writeFile(path.join(folder, ".e-akun-identitas-tunggal.yaml.999999999.old"), "old");
  await writeFile(path.join(folder, ".masterplan.lock"), "999999999\n");
  await writeFile(path.join(dir, ".masterplan.lock"), "999999999\n");
  await fmt();
  const hidden = (await readdir(dir, { recursive: true })).filter((f) =>
    path.basename(f).startsWith("."),
  );
  expect(hidden).toEqual([]);
});

it("writes a file whose name leaves no room for a longer temporary name", async () => {
  const id = `program-${"panjang-".repeat(29)}akhir`;
  expect(`${id}.yaml`.length).toBeGreaterThanOrEqual(245);
  const long = path.join(path.dirname(file), `${id}.yaml`);
  const text = (await readFile(file, "utf8")).replace(/^id: .*$/m, `id: ${id}`);
  await writeFile(long, text);
  const r = await fmt();
  expect(r.diagnostics).toEqual([]);
  expect(r.written).toContain(long);
  expect(await readFile(long, "utf8")).toMatch(/^id: [^\n]+\n(?: +\S+\n)?name: /m);
});
