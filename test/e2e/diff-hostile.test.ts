import { readFile, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runInProcess } from "../helpers/cli.js";
import { repoWithChanges } from "../helpers/git-repo.js";

const PROGRAM = "masterplan/programs/governance/e-presensi-kinerja.yaml";

/** A repository whose last commit breaks one program file in the way `edit` does. */
async function repoWith(edit: (file: string, git: (...a: string[]) => string) => Promise<void>) {
  const { repo, git } = await repoWithChanges();
  await edit(path.join(repo, PROGRAM), git);
  git("add", "-A");
  git("commit", "-q", "-m", "broken");
  return { repo, git };
}

/** Puts the file back as it was before the last commit, in the working tree only. */
async function restore(repo: string, git: (...a: string[]) => string) {
  await rm(path.join(repo, PROGRAM), { force: true });
  await writeFile(path.join(repo, PROGRAM), git("show", `HEAD~1:${PROGRAM}`));
}

describe("diff and --changes-since never report a false change", () => {
  it("refuses a base revision whose file holds merge-conflict markers, naming revision, file and line", async () => {
    const { repo, git } = await repoWith(async (file) => {
      const text = await readFile(file, "utf8");
      await writeFile(
        file,
        text.replace(
          /^name: (.*)$/m,
          "<<<<<<< HEAD\nname: $1\n=======\nname: Lain\n>>>>>>> cabang",
        ),
      );
    });
    await restore(repo, git);
    const r = await runInProcess(["diff", "HEAD", "--format", "json"], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /HEAD:masterplan\/programs\/governance\/e-presensi-kinerja\.yaml:\d+:1 error/,
    );
    expect(r.stderr).toContain("yaml/conflict-markers");
    const b = await runInProcess(
      ["build", "masterplan", "--only", "html", "--changes-since", "HEAD", "--out", "d"],
      {
        cwd: repo,
      },
    );
    expect(b.code).toBe(1);
    expect(b.stderr).toContain("HEAD:masterplan/programs/governance/e-presensi-kinerja.yaml");
    expect(b.stderr).not.toMatch(/Program yang ditambahkan|Wrote/);
  });

  it("refuses a base revision where a program file is a symbolic link", async () => {
    const { repo, git } = await repoWith(async (file) => {
      await rm(file);
      await symlink("../../masterplan.yaml", file);
    });
    await restore(repo, git);
    const r = await runInProcess(["diff", "HEAD"], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /HEAD:masterplan\/programs\/governance\/e-presensi-kinerja\.yaml:1:1 error/,
    );
    expect(r.stderr).toContain("load/link");
  });

  it("refuses a blob larger than a plan file may be, by its size, without reading it", async () => {
    const { repo } = await repoWith(async (file) => {
      await writeFile(file, `# ${"x".repeat(5 * 1024 * 1024)}\n`);
    });
    const r = await runInProcess(["diff", "HEAD~1", "HEAD"], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /HEAD:masterplan\/programs\/governance\/e-presensi-kinerja\.yaml:1:1 error The file is larger than 4 MB/,
    );
  });

  it("names a submodule inside the plan and compares the rest", async () => {
    const { repo, git } = await repoWithChanges();
    const head = git("rev-parse", "HEAD").trim();
    git(
      "update-index",
      "--add",
      "--cacheinfo",
      `160000,${head},masterplan/programs/governance/modul`,
    );
    git("commit", "-q", "-m", "submodule");
    const r = await runInProcess(["diff", "HEAD~1", "HEAD", "--format", "json"], { cwd: repo });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      /HEAD:masterplan\/programs\/governance\/modul:1:1 warning .*submodule/,
    );
    expect(JSON.parse(r.stdout).summary.changed).toBe(0);
  });

  it("escapes control characters from the plan in the text report", async () => {
    const { repo } = await repoWith(async (file) => {
      const text = await readFile(file, "utf8");
      await writeFile(file, text.replace(/^name: .*$/m, 'name: "\\e[2J\\aBersih"'));
    });
    const r = await runInProcess(["diff", "HEAD~1", "HEAD"], { cwd: repo });
    expect(r.code, r.stderr).toBe(0);
    // The control characters are what the pattern is for.
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u001b\u0007]/);
    expect(r.stdout).toContain("\\u{001b}[2J\\u{0007}Bersih");
  });
});
