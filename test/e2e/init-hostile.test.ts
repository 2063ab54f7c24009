import { mkdir, mkdtemp, readdir, readFile, rename, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runInProcess } from "../helpers/cli.js";

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "mp-init-hostile-"));
});

describe("init and new write only what they mean to", () => {
  it("refuses a name with a line break or a control character, writing nothing", async () => {
    for (const [i, region] of [
      "Contoh\nzz_injected: 1\n#",
      "Contoh\nBaru",
      "Contoh\rBaru",
      "Contoh\u0007",
      "Contoh\u2028Baru",
    ].entries()) {
      const r = await runInProcess(["init", `r${i}`, "--region", region], { cwd: work });
      expect(r.code, region).toBe(2);
      expect(r.stderr).toContain("--region holds a line break or another control character");
      expect(r.stderr).not.toMatch(/this is a bug|\n\s+at /);
      await expect(readdir(path.join(work, `r${i}`))).rejects.toThrow();
    }
    const p = await runInProcess(["init", "p", "--region", "Contoh", "--province", "Jawa\nx: 1"], {
      cwd: work,
    });
    expect(p.code).toBe(2);
  });

  it("refuses a name that is only spaces, only the kind, or longer than a file name carries", async () => {
    for (const region of ["   ", "Kota   ", "Kota", "x".repeat(3000)]) {
      const r = await runInProcess(["init", "n", "--region", region], { cwd: work });
      expect(r.code, region.slice(0, 10)).toBe(2);
    }
    await expect(readdir(path.join(work, "n"))).rejects.toThrow();
  });

  it("writes nothing with --force when a file or a link stands where a folder must go", async () => {
    for (const obstacle of ["file", "link"] as const) {
      const dir = path.join(work, `force-${obstacle}`);
      await mkdir(dir);
      await writeFile(path.join(dir, "catatan.txt"), "milik analis\n");
      if (obstacle === "file") await writeFile(path.join(dir, "schemas"), "bukan folder\n");
      else {
        const elsewhere = await mkdtemp(path.join(os.tmpdir(), "mp-elsewhere-"));
        await symlink(elsewhere, path.join(dir, "schemas"));
      }
      const r = await runInProcess(["init", dir, "--region", "Contoh", "--force"], { cwd: work });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        /schemas is a (file|link), where the plan needs a folder; nothing was written/,
      );
      expect((await readdir(dir)).sort()).toEqual(["catatan.txt", "schemas"]);
    }
  });

  it("refuses program ids Windows keeps for devices, and validate names such files", async () => {
    await runInProcess(["init", "win", "--region", "Kota Contoh"], { cwd: work });
    const dir = path.join(work, "win");
    for (const id of ["con", "nul", "aux", "com1", "lpt1", "prn"]) {
      const r = await runInProcess(["new", "program", "governance", id], { cwd: dir });
      expect(r.code, id).toBe(2);
      expect(r.stderr).toContain("Windows keeps the name for a device");
    }
    const example = path.join(dir, "programs", "governance", "contoh-governance.yaml");
    const text = (await readFile(example, "utf8")).replace(/^id: .*$/m, "id: aux");
    await writeFile(path.join(dir, "programs", "governance", "aux.yaml"), text);
    await rename(example, `${example}.bak`);
    const v = await runInProcess(["validate", dir, "--format", "compact"], { cwd: work });
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/aux\.yaml:1:1: error Windows keeps the name `aux` for a device/);
  });

  it("writes a comment from the region's name on one line", async () => {
    const r = await runInProcess(["init", "ok", "--region", "Kota Contoh # bukan komentar"], {
      cwd: work,
    });
    expect(r.code, r.stderr).toBe(0);
    const v = await runInProcess(["validate", path.join(work, "ok"), "--format", "json"], {
      cwd: work,
    });
    expect(JSON.parse(v.stdout).summary.errors).toBe(0);
  });
});
