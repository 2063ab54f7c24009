import { mkdtemp, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { copyPlan, runInProcess } from "../helpers/cli.js";

const PROGRAM = "programs/governance/e-akun-identitas-tunggal.yaml";

describe("masterplan fmt", () => {
  it("finds the repository's plan already formatted", async () => {
    const r = await runInProcess(["fmt", "masterplan", "--check"]);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toBe("");
  });

  it("passes a plan whose files all end lines with CRLF, and keeps CRLF when it rewrites", async () => {
    const dir = await copyPlan();
    const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith(".yaml"));
    for (const f of files) {
      const file = path.join(dir, f);
      await writeFile(file, (await readFile(file, "utf8")).replace(/\n/g, "\r\n"));
    }
    const check = await runInProcess(["fmt", dir, "--check"]);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    const file = path.join(dir, PROGRAM);
    const before = await readFile(file, "utf8");
    await writeFile(file, before.replace(/^name: /m, "name:    "));
    const r = await runInProcess(["fmt", dir]);
    expect(r.code, r.stderr).toBe(0);
    const after = await readFile(file, "utf8");
    expect(after).toBe(before);
    expect(after.split("\r\n").length).toBeGreaterThan(10);
    expect(after.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
  });

  it("puts a moved id back, keeping its comment and the modeline", async () => {
    const dir = await copyPlan();
    const file = path.join(dir, PROGRAM);
    const original = await readFile(file, "utf8");
    const lines = original.trimEnd().split("\n");
    const idLine = lines.findIndex((l) => l.startsWith("id:"));
    const [id] = lines.splice(idLine, 1);
    await writeFile(file, [...lines, "# kode program, sama dengan nama berkas", id, ""].join("\n"));

    const check = await runInProcess(["fmt", dir, "--check"], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stdout.trim()).toBe(PROGRAM);

    const fixed = await runInProcess(["fmt", dir], { cwd: dir });
    expect(fixed.code).toBe(0);
    const text = await readFile(file, "utf8");
    const out = text.split("\n");
    expect(out[0]).toBe(lines[0]);
    expect(out[0]).toMatch(/^# yaml-language-server: \$schema=/);
    expect(out[idLine + 1]).toBe(id);
    expect(out[idLine]).toBe("# kode program, sama dengan nama berkas");
    expect(parse(text)).toEqual(parse(original));
    expect((await runInProcess(["fmt", dir, "--check"], { cwd: dir })).code).toBe(0);
  });

  it("reports a file with YAML errors and never rewrites it", async () => {
    const dir = await copyPlan();
    const file = path.join(dir, PROGRAM);
    const broken = (await readFile(file, "utf8")).replace(/^name: .*$/m, "name: [unclosed");
    await writeFile(file, broken);
    const r = await runInProcess(["fmt", dir], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /e-akun-identitas-tunggal\.yaml:\d+:7 error This `\[` is never closed/,
    );
    expect(await readFile(file, "utf8")).toBe(broken);
  });

  it("reports a link that leads outside the plan, as validate does", async () => {
    const dir = await copyPlan();
    const outside = await mkdtemp(path.join(os.tmpdir(), "mp-outside-"));
    const secret = path.join(outside, "rahasia.yaml");
    await writeFile(
      secret,
      (await readFile(path.join(dir, PROGRAM), "utf8")).replace(/^name: .*$/m, "name: Rahasia"),
    );
    const link = path.join(dir, "programs", "governance", "tautan.yaml");
    await symlink(secret, link);
    for (const args of [
      ["fmt", dir, "--check"],
      ["fmt", dir],
    ]) {
      const r = await runInProcess(args, { cwd: dir });
      expect(r.code, args.join(" ")).toBe(1);
      expect(r.stderr).toMatch(
        /tautan\.yaml:1:1 error This is a link to .*outside the plan folder/,
      );
    }
    expect(await readFile(secret, "utf8")).toContain("name: Rahasia");
  });

  it("formats a file whose alias comes before its anchor once keys are in order", async () => {
    const dir = await copyPlan();
    const file = path.join(dir, PROGRAM);
    const text = await readFile(file, "utf8");
    const name = /^name: (.*)$/m.exec(text)![1]!;
    await writeFile(
      file,
      text
        .replace(/^name: .*\n/m, "")
        .replace(/^outcome: .*$/m, `outcome: &nama ${name}\nname: *nama`),
    );
    const check = await runInProcess(["fmt", dir, "--check"], { cwd: dir });
    expect(check.code, check.stderr).toBe(1);
    const r = await runInProcess(["fmt", dir], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const after = parse(await readFile(file, "utf8"));
    expect([after.name, after.outcome]).toEqual([name, name]);
    expect((await runInProcess(["fmt", dir, "--check"], { cwd: dir })).code).toBe(0);
  });

  it("will not fall back to the bundled plan", async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), "mp-empty-"));
    const r = await runInProcess(["fmt"], { cwd: empty });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("There is no plan here");
  });
});
