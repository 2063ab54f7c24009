import { execFileSync } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=Uji", "-c", "user.email=uji@contoh.invalid", ...args], {
    cwd,
    encoding: "utf8",
  });

export const REMOVED = "si-intan-repositori-riset";
export const ADDED = "bangga-macapat-lanjutan";
export const RAISED = "e-akun-identitas-tunggal";

/**
 * A git repository holding a copy of the bundled plan in `masterplan/`, with a second commit
 * that removes a program, adds one and raises one budget line by Rp 250.000.000.
 */
export async function repoWithChanges(): Promise<{
  repo: string;
  git: (...a: string[]) => string;
}> {
  const repo = await mkdtemp(path.join(os.tmpdir(), "mp-repo-"));
  await cp("masterplan", path.join(repo, "masterplan"), { recursive: true });
  git(repo, "init", "-q");
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "-m", "plan");
  const programs = path.join(repo, "masterplan", "programs");
  await rm(path.join(programs, "society", `${REMOVED}.yaml`));
  const source = await readFile(path.join(programs, "society", "bangga-macapat.yaml"), "utf8");
  await writeFile(
    path.join(programs, "society", `${ADDED}.yaml`),
    source
      .replace(/^id: .*$/m, `id: ${ADDED}`)
      .replace(/^name: .*$/m, "name: Bangga Macapat Lanjutan"),
  );
  const raised = path.join(programs, "governance", `${RAISED}.yaml`);
  await writeFile(
    raised,
    (await readFile(raised, "utf8")).replace(
      "  - year: 2026\n    amount: 320000000",
      "  - year: 2026\n    amount: 570000000",
    ),
  );
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "-m", "change");
  return { repo, git: (...args) => git(repo, ...args) };
}
