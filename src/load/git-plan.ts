import { execFile, spawn } from "node:child_process";
import { realpath } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { MasterplanError } from "../diagnostics/masterplan-error.js";
import { parsePlanFiles, type LoadResult } from "./load-plan.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { MAX_BYTES, parseSource } from "./source-file.js";
import { t } from "../i18n/language.js";

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
    if (err.code === "ENOENT") throw new MasterplanError(t("git.missing"), t("git.missing-hint"));
    throw new MasterplanError(
      t("git.failed", {
        command: args[0]!,
        problem: (err.stderr ?? String(e)).trim().split("\n")[0]!,
      }),
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
      t("git.no-repository", { dir: planDir }),
      t("git.no-repository-hint"),
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
    throw new MasterplanError(t("git.no-revision", { rev }), t("git.no-revision-hint"));
  }
}

/**
 * A revision's commit, abbreviated, the calendar date it was committed, and a tag that names
 * exactly that commit (the newest, when there are several), or null.
 */
export async function describeRevision(
  planDir: string,
  rev: string,
): Promise<{ commit: string; date: string; tag: string | null }> {
  const { repo } = await locate(planDir);
  const commit = await resolveRevision(planDir, rev);
  const out = await git(repo, ["show", "-s", "--format=%h %cs", commit]);
  const [short, date] = out.trim().split(" ");
  const tags = await git(repo, ["tag", "--points-at", commit, "--sort=-creatordate"]).catch(
    () => "",
  );
  const tag =
    tags
      .split("\n")
      .find((t) => t.trim())
      ?.trim() ?? null;
  return { commit: short!, date: date!, tag };
}

/** An entry of a revision's tree under the plan folder. */
interface TreeEntry {
  /** Relative to the plan folder, with `/`. */
  rel: string;
  mode: string;
  object: string;
  /** In bytes; null for what is not a blob (a submodule). */
  size: number | null;
}

/**
 * Loads a plan folder as it was at a git revision, read from git's objects: the working tree
 * and the index are never touched. Every diagnostic names the revision (`HEAD:programs/…`).
 * What a revision holds is as untrusted as a folder: a link is not followed, a blob larger
 * than a plan file may be is refused by its size before it is read, and a submodule is named
 * and left out.
 */
export async function loadPlanAtRevision(planDir: string, rev: string): Promise<LoadResult> {
  const { repo, rel } = await locate(planDir);
  const commit = await resolveRevision(planDir, rev);
  const prefix = rel ? `${rel}/` : "";
  const listed = await git(repo, ["ls-tree", "-r", "-l", "-z", commit, "--", rel || "."]);
  const entries: TreeEntry[] = [];
  for (const record of listed.split("\0")) {
    const m = /^(\d+) \w+ ([0-9a-f]+) +(\d+|-)\t(.*)$/s.exec(record);
    if (!m || !m[4]!.startsWith(prefix)) continue;
    entries.push({
      rel: m[4]!.slice(prefix.length),
      mode: m[1]!,
      object: m[2]!,
      size: m[3] === "-" ? null : Number(m[3]),
    });
  }
  if (!entries.some((e) => e.rel === "masterplan.yaml"))
    throw new MasterplanError(
      t("git.no-plan", { rev, folder: rel || t("git.repository-root") }),
      t("git.no-plan-hint"),
    );
  const root = path.resolve(planDir);
  const refused: Diagnostic[] = [];
  const readable = entries.filter((e) => {
    const file = path.join(root, e.rel);
    const at = { file, line: 1, column: 1, revision: rev };
    if (e.mode === "160000") {
      refused.push({
        ...at,
        code: "load/submodule",
        severity: "warning",
        message: t("git.submodule"),
        hint: t("git.submodule-hint"),
      });
      return false;
    }
    if (e.mode === "120000") {
      refused.push({
        ...at,
        code: "load/link",
        severity: "error",
        message: t("git.link"),
        hint: t("git.link-hint"),
      });
      return false;
    }
    if (e.size !== null && e.size > MAX_BYTES) {
      refused.push({
        ...at,
        code: "load/too-large",
        severity: "error",
        message: t("git.too-large", { mb: MAX_BYTES / 1024 / 1024 }),
      });
      return false;
    }
    return true;
  });
  const blobs = await catFiles(
    repo,
    readable.filter((e) => e.rel.endsWith(".yaml")).map((e) => e.object),
  );
  const byRel = new Map(readable.map((e) => [e.rel, e.object]));
  const loaded = await parsePlanFiles(
    root,
    readable.map((e) => e.rel),
    async (r) => parseSource(path.join(root, r), blobs.get(byRel.get(r)!) ?? new Uint8Array()),
  );
  // A file that was refused is reported once, as refused, not also as missing.
  const gone = new Set(refused.map((d) => d.file));
  const diagnostics = [
    ...refused,
    ...loaded.diagnostics.filter((d) => !(d.code === "load/missing-file" && gone.has(d.file))),
  ].map((d) => ({ ...d, revision: rev }));
  return { plan: loaded.plan, diagnostics };
}

/** Reads blobs, by object id, with one `git cat-file --batch`. */
function catFiles(repo: string, objects: readonly string[]): Promise<Map<string, Uint8Array>> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["cat-file", "--batch"], { cwd: repo });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new MasterplanError(t("git.cat-file", { code: String(code) })));
      const out = Buffer.concat(chunks);
      const blobs = new Map<string, Uint8Array>();
      let at = 0;
      for (const name of objects) {
        const eol = out.indexOf(10, at);
        const header = out.subarray(at, eol).toString("utf8");
        const size = Number(/ blob (\d+)$/.exec(header)?.[1]);
        if (!Number.isFinite(size))
          return reject(new MasterplanError(t("git.unreadable", { name, header })));
        blobs.set(name, new Uint8Array(out.subarray(eol + 1, eol + 1 + size)));
        at = eol + 1 + size + 1;
      }
      resolve(blobs);
    });
    child.stdin.end(objects.map((n) => `${n}\n`).join(""));
  });
}

/**
 * The files under a plan folder that differ between a revision and the working tree, as
 * absolute paths: the files a pull request touched, whose problems are shown first.
 */
export async function changedFiles(planDir: string, rev: string): Promise<Set<string>> {
  const { repo } = await locate(planDir);
  await resolveRevision(planDir, rev);
  const out = await git(repo, ["diff", "--name-only", "-z", rev, "--", path.resolve(planDir)]);
  const untracked = await git(repo, [
    "ls-files",
    "-z",
    "--others",
    "--exclude-standard",
    "--",
    path.resolve(planDir),
  ]);
  return new Set(
    [...out.split("\0"), ...untracked.split("\0")].filter(Boolean).map((f) => path.join(repo, f)),
  );
}
