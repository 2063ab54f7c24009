import { constants } from "node:fs";
import {
  link,
  lstat,
  mkdir,
  open,
  readdir,
  readFile,
  rename,
  rm,
  unlink,
  writeFile,
} from "node:fs/promises";
import path from "node:path";
import { MasterplanError } from "../diagnostics/masterplan-error.js";
import { processAlive } from "../print/process-alive.js";

export interface OutputFile {
  path: string;
  data: string | Uint8Array;
}

/**
 * Writes every file to a temporary name beside its target, then renames them all into place,
 * as a set: every target is checked before any is replaced, and if a rename still fails, the
 * files already replaced are put back. Builds writing into the same folder at once take turns
 * (a lock file), so a pair never mixes two builds. No temporary file stays, and one left by a
 * process that was killed is swept by the next write.
 */
export async function writeFilesAtomically(files: readonly OutputFile[]): Promise<void> {
  const dirs = [...new Set(files.map((f) => path.dirname(f.path)))];
  for (const dir of dirs) await makeFolder(dir);
  await checkTargets(files.map((f) => f.path));
  const release = await lockFolders(dirs);
  const temps: string[] = [];
  const backups: Array<{ target: string; backup: string }> = [];
  try {
    for (const dir of dirs) await sweepStaleTemps(dir);
    for (const file of files) {
      const temp = tempName(file.path, "tmp");
      temps.push(temp);
      try {
        await writeFile(temp, file.data);
      } catch (e) {
        throw outputError(e, file.path);
      }
    }
    // Another process may have put something in the way since the first check.
    await checkTargets(files.map((f) => f.path));
    for (const file of files) {
      const backup = tempName(file.path, "old");
      try {
        await link(file.path, backup);
        backups.push({ target: file.path, backup });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw outputError(e, file.path);
      }
    }
    const replaced: string[] = [];
    try {
      for (const [i, file] of files.entries()) {
        await rename(temps[i]!, file.path);
        replaced.push(file.path);
      }
    } catch (e) {
      // Put back what was replaced: the set is written whole or not at all.
      for (const target of replaced) {
        const kept = backups.find((b) => b.target === target);
        if (kept) await rename(kept.backup, target).catch(() => undefined);
        else await rm(target, { force: true }).catch(() => undefined);
      }
      throw outputError(e, files[replaced.length]!.path);
    }
    temps.length = 0;
  } finally {
    await Promise.all(
      [...temps, ...backups.map((b) => b.backup)].map((t) => rm(t, { force: true })),
    );
    await release();
  }
}

/**
 * Checks, before any work is spent on them, that outputs can be written here: the folder can
 * be made and written, and nothing but a plain file stands where each output goes.
 */
export async function checkOutputs(targets: readonly string[]): Promise<void> {
  const dirs = [...new Set(targets.map((t) => path.dirname(t)))];
  for (const dir of dirs) {
    await makeFolder(dir);
    const probe = tempName(path.join(dir, "probe"), "tmp");
    try {
      await writeFile(probe, "");
    } catch (e) {
      throw outputError(e, dir, "folder");
    } finally {
      await rm(probe, { force: true }).catch(() => undefined);
    }
  }
  await checkTargets(targets);
}

async function makeFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw outputError(e, dir, "folder");
  }
}

async function checkTargets(targets: readonly string[]): Promise<void> {
  for (const target of targets) {
    let stats;
    try {
      stats = await lstat(target);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") continue;
      throw outputError(e, target);
    }
    if (stats.isDirectory())
      throw new MasterplanError(
        `A folder stands where ${target} would be written; nothing was replaced.`,
        "Move or delete that folder, or choose another folder with --out.",
      );
    if (!stats.isFile() && !stats.isSymbolicLink())
      throw new MasterplanError(
        `Something other than a file stands where ${target} would be written; nothing was replaced.`,
        "Move it away, or choose another folder with --out.",
      );
  }
}

const TEMP = /^\.(.+)\.(\d+)\.(tmp|old)$/;

function tempName(target: string, kind: "tmp" | "old"): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${kind}`);
}

/** Temporary files of a process that no longer runs (killed mid-write). */
async function sweepStaleTemps(dir: string): Promise<void> {
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const pid = TEMP.exec(name)?.[2];
    if (pid !== undefined && Number(pid) !== process.pid && !processAlive(Number(pid)))
      await rm(path.join(dir, name), { force: true }).catch(() => undefined);
  }
}

const LOCK = ".masterplan.lock";
const LOCK_WAIT_MS = 120_000;

/** Takes each folder's lock in turn, waiting while a live build holds it. */
async function lockFolders(dirs: readonly string[]): Promise<() => Promise<void>> {
  const held: string[] = [];
  const release = async () => {
    for (const file of held.reverse()) await unlink(file).catch(() => undefined);
  };
  try {
    for (const dir of [...dirs].sort()) held.push(await lockFolder(dir));
  } catch (e) {
    await release();
    throw e;
  }
  return release;
}

async function lockFolder(dir: string): Promise<string> {
  const file = path.join(dir, LOCK);
  const started = Date.now();
  for (let wait = 10; ; wait = Math.min(wait * 2, 200)) {
    try {
      const handle = await open(file, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY);
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return file;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw outputError(e, dir, "folder");
    }
    const owner = Number((await readFile(file, "utf8").catch(() => "")).trim());
    // A lock whose owner is gone (killed) is stale; an empty one is being written right now.
    if (owner > 0 && !processAlive(owner)) {
      await unlink(file).catch(() => undefined);
      continue;
    }
    if (Date.now() - started > LOCK_WAIT_MS)
      throw new MasterplanError(
        `Another masterplan process${owner > 0 ? ` (${owner})` : ""} has been writing into ${dir} for over ${LOCK_WAIT_MS / 1000} s.`,
        `If no build is running, delete ${file}.`,
      );
    await new Promise((r) => setTimeout(r, wait));
  }
}

/** An operating system error on an output, in one plain sentence. */
export function outputError(e: unknown, target: string, what = "file"): MasterplanError {
  const code = (e as NodeJS.ErrnoException).code ?? "";
  const reasons: Record<string, string> = {
    EROFS: `the ${what} ${target} is on a read-only file system`,
    EACCES: `permission to write the ${what} ${target} is denied`,
    EPERM: `permission to write the ${what} ${target} is denied`,
    ENOSPC: `the disk holding ${target} is full`,
    EDQUOT: `the disk quota for ${target} is used up`,
    ENOTDIR: `a file stands where a folder of ${target} should be`,
    EISDIR: `a folder stands where ${target} would be written`,
    ENOENT: `a folder of ${target} does not exist`,
    EEXIST: `a file stands where the folder ${target} should be`,
  };
  const reason = reasons[code] ?? `${(e as Error).message ?? String(e)}`;
  return new MasterplanError(
    `Cannot write the output: ${reason}. Earlier outputs were left as they were.`,
    "Choose another folder with --out, or check its free space and permissions.",
  );
}
