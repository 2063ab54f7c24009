import { execFile, spawn } from "node:child_process";
import { realpath } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { MasterplanError } from "../diagnostics/masterplan-error.js";
import { parsePlanFiles, type LoadResult } from "./load-plan.js";
import { parseSource } from "./source-file.js";

const run = promisify(execFile);

/** Where a plan folder sits in its git repository. */
interface PlanInRepo {
  repo: string;
  /** The plan folder relative to the repository root, with `/` ("" for the root itself). */
  rel: string;
}

async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run("git", args, { cwd, maxBuffer: 256 * 1024 * 1024 });
    return stdout;
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === "ENOENT")
      throw new MasterplanError(
        "git is not installed, so revisions cannot be read.",
        "Install git, or compare two plan folders instead of two revisions.",
      );
    throw new MasterplanError(
      `git ${args[0]} failed: ${(err.stderr ?? String(e)).trim().split("\n")[0]}`,
    );
  }
}

async function locate(planDir: string): Promise<PlanInRepo> {
  let top: string;
  try {
    const { stdout } = await run("git", ["rev-parse", "--show-toplevel"], { cwd: planDir });
    top = stdout.trim();
  } catch {
    throw new MasterplanError(
      `${planDir} is not inside a git repository, so it has no revisions to compare.`,
      "Compare two plan folders instead: `masterplan diff <old-folder> <new-folder>`.",
    );
  }
  const repo = await realpath(top);
  const rel = path
    .relative(repo, await realpath(planDir))
    .split(path.sep)
    .join("/");
  return { repo, rel };
}

/** The commit a revision names, or an error the user can act on. */
export async function resolveRevision(planDir: string, rev: string): Promise<string> {
  const { repo } = await locate(planDir);
  try {
    const { stdout } = await run("git", ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], {
      cwd: repo,
    });
    return stdout.trim();
  } catch {
    throw new MasterplanError(
      `The revision \`${rev}\` does not exist in this repository.`,
      "Give a commit, branch or tag, such as HEAD~1 or main.",
    );
  }
}

/** A revision's commit, abbreviated, and the calendar date it was committed. */
export async function describeRevision(
  planDir: string,
  rev: string,
): Promise<{ commit: string; date: string }> {
  const { repo } = await locate(planDir);
  const commit = await resolveRevision(planDir, rev);
  const out = await git(repo, ["show", "-s", "--format=%h %cs", commit]);
  const [short, date] = out.trim().split(" ");
  return { commit: short!, date: date! };
}

/**
 * Loads a plan folder as it was at a git revision, read from git's objects: the working tree
 * and the index are never touched. Paths in diagnostics are the folder's own.
 */
export async function loadPlanAtRevision(planDir: string, rev: string): Promise<LoadResult> {
  const { repo, rel } = await locate(planDir);
  const commit = await resolveRevision(planDir, rev);
  const prefix = rel ? `${rel}/` : "";
  const listed = await git(repo, ["ls-tree", "-r", "-z", "--name-only", commit, "--", rel || "."]);
  const files = listed
    .split("\0")
    .filter((p) => p && p.startsWith(prefix))
    .map((p) => p.slice(prefix.length));
  if (!files.includes("masterplan.yaml"))
    throw new MasterplanError(
      `At ${rev}, ${rel || "the repository root"} holds no masterplan.yaml.`,
      "Choose a revision in which the plan existed, or the plan folder with --plan.",
    );
  const blobs = await catFiles(
    repo,
    files.map((f) => `${commit}:${prefix}${f}`),
  );
  const root = path.resolve(planDir);
  return parsePlanFiles(root, files, async (r) =>
    parseSource(path.join(root, r), blobs.get(`${commit}:${prefix}${r}`)!),
  );
}

/** Reads many blobs with one `git cat-file --batch`. */
function catFiles(repo: string, names: readonly string[]): Promise<Map<string, Uint8Array>> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["cat-file", "--batch"], { cwd: repo });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new MasterplanError(`git cat-file failed (exit ${code}).`));
      const out = Buffer.concat(chunks);
      const blobs = new Map<string, Uint8Array>();
      let at = 0;
      for (const name of names) {
        const eol = out.indexOf(10, at);
        const header = out.subarray(at, eol).toString("utf8");
        const size = Number(/ blob (\d+)$/.exec(header)?.[1]);
        if (!Number.isFinite(size))
          return reject(new MasterplanError(`git could not read ${name}: ${header}`));
        blobs.set(name, new Uint8Array(out.subarray(eol + 1, eol + 1 + size)));
        at = eol + 1 + size + 1;
      }
      resolve(blobs);
    });
    child.stdin.end(names.map((n) => `${n}\n`).join(""));
  });
}
