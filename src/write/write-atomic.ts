import { t, type MessageKey } from "../i18n/language.js";
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
import { processAlive } from "./process-alive.js";

export interface OutputFile {
  path: string;
  data: string | Uint8Array;
}

export interface WriteOptions {
  /** What the user can do about an output that cannot be written, in the words of the command. */
  hint?: string;
}

/** The hint of a build's outputs. */
const outHint = () => t("out.hint");

/**
 * Writes every file to a temporary name beside its target, then renames them all into place,
 * as a set: every target is checked before any is replaced, and if a rename still fails, the
 * files already replaced are put back. Builds writing into the same folder at once take turns
 * (a lock file), so a pair never mixes two builds. No temporary file stays, and one left by a
 * process that was killed is swept by the next write.
 */
export async function writeFilesAtomically(
  files: readonly OutputFile[],
  { hint = outHint() }: WriteOptions = {},
): Promise<void> {
  const dirs = [...new Set(files.map((f) => path.dirname(f.path)))];
  const fail = (e: unknown, target: string, what?: string) => outputError(e, target, what, hint);
  for (const dir of dirs) await makeFolder(dir, hint);
  await checkTargets(
    files.map((f) => f.path),
    hint,
  );
  const release = await lockFolders(dirs, hint);
  const temps: string[] = [];
  const backups: Array<{ target: string; backup: string }> = [];
  try {
    for (const dir of dirs) await sweepStale(dir);
    for (const file of files) {
      const temp = tempName(file.path, "tmp");
      temps.push(temp);
      try {
        await writeFile(temp, file.data);
      } catch (e) {
        throw fail(e, file.path);
      }
    }
    // Another process may have put something in the way since the first check.
    await checkTargets(
      files.map((f) => f.path),
      hint,
    );
    for (const file of files) {
      const backup = tempName(file.path, "old");
      try {
        await link(file.path, backup);
        backups.push({ target: file.path, backup });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw fail(e, file.path);
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
      throw fail(e, files[replaced.length]!.path);
    }
    temps.length = 0;
  } finally {
    // Nothing here may throw past the release of the lock.
    await Promise.all(
      [...temps, ...backups.map((b) => b.backup)].map((t) =>
        rm(t, { force: true }).catch(() => undefined),
      ),
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
    await makeFolder(dir, outHint());
    const probe = tempName(path.join(dir, "probe"), "tmp");
    try {
      await writeFile(probe, "");
    } catch (e) {
      throw outputError(e, dir, "folder");
    } finally {
      await rm(probe, { force: true }).catch(() => undefined);
    }
  }
  await checkTargets(targets, outHint());
}

async function makeFolder(dir: string, hint: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw outputError(e, dir, "folder", hint);
  }
}

async function checkTargets(targets: readonly string[], hint: string): Promise<void> {
  for (const target of targets) {
    let stats;
    try {
      stats = await lstat(target);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") continue;
      throw outputError(e, target, "file", hint);
    }
    if (stats.isDirectory())
      throw new MasterplanError(
        t("out.folder-in-the-way", { target }),
        t("out.folder-in-the-way-hint", { hint }),
      );
    if (!stats.isFile() && !stats.isSymbolicLink())
      throw new MasterplanError(
        t("out.other-in-the-way", { target }),
        t("out.other-in-the-way-hint", { hint }),
      );
  }
}

/**
 * Temporary files: `.masterplan-<pid>-<n>.tmp` (or `.old`, a backup kept until the new file
 * is in place). Short, whatever the target's name, so a long file name still has room for its
 * temporary one; the process id tells a sweep whose they are.
 */
const TEMP = /^\.masterplan-(\d+)-\d+\.(tmp|old)$/;
/** The names of earlier versions, swept as well. */
const OLD_TEMP = /^\.(.+)\.(\d+)\.(tmp|old)$/;
let tempCount = 0;

export function tempName(target: string, kind: "tmp" | "old"): string {
  return path.join(path.dirname(target), `.masterplan-${process.pid}-${++tempCount}.${kind}`);
}

/**
 * Clears a folder of what a killed process left: its temporary files, and a lock whose
 * process is gone. Files of processes that still run are left to them.
 */
export async function sweepStale(dir: string): Promise<void> {
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const pid = TEMP.exec(name)?.[1] ?? OLD_TEMP.exec(name)?.[2];
    if (pid !== undefined && Number(pid) !== process.pid && !processAlive(Number(pid)))
      await rm(path.join(dir, name), { force: true }).catch(() => undefined);
    else if (name === LOCK && (await staleLock(path.join(dir, LOCK))))
      await unlink(path.join(dir, LOCK)).catch(() => undefined);
  }
}

/**
 * Whether a lock is left by a process that is gone: its owner no longer runs, or it has stayed
 * empty (written by a process killed between creating and filling it) for longer than a write
 * of its process id takes.
 */
async function staleLock(file: string): Promise<boolean> {
  const owner = Number((await readFile(file, "utf8").catch(() => "")).trim());
  if (owner > 0) return owner !== process.pid && !processAlive(owner);
  const info = await lstat(file).catch(() => null);
  return info !== null && Date.now() - info.mtimeMs > 10_000;
}

const LOCK = ".masterplan.lock";
const LOCK_WAIT_MS = 120_000;

/** Takes each folder's lock in turn, waiting while a live build holds it. */
async function lockFolders(dirs: readonly string[], hint: string): Promise<() => Promise<void>> {
  const held: string[] = [];
  const release = async () => {
    for (const file of held.reverse()) await unlink(file).catch(() => undefined);
  };
  try {
    for (const dir of [...dirs].sort()) held.push(await lockFolder(dir, hint));
  } catch (e) {
    await release();
    throw e;
  }
  return release;
}

async function lockFolder(dir: string, hint: string): Promise<string> {
  const file = path.join(dir, LOCK);
  const started = Date.now();
  for (let wait = 10; ; wait = Math.min(wait * 2, 200)) {
    try {
      const handle = await open(file, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY);
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return file;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw outputError(e, dir, "folder", hint);
    }
    if (await staleLock(file)) {
      await unlink(file).catch(() => undefined);
      continue;
    }
    const owner = Number((await readFile(file, "utf8").catch(() => "")).trim());
    if (Date.now() - started > LOCK_WAIT_MS)
      throw new MasterplanError(
        t("out.locked", {
          owner: owner > 0 ? ` (${owner})` : "",
          dir,
          seconds: LOCK_WAIT_MS / 1000,
        }),
        t("out.locked-hint", { file }),
      );
    await new Promise((r) => setTimeout(r, wait));
  }
}

/** An operating system error on an output, in one plain sentence. */
export function outputError(
  e: unknown,
  target: string,
  what = "file",
  hint = outHint(),
): MasterplanError {
  const code = (e as NodeJS.ErrnoException).code ?? "";
  const kind = t(what === "folder" ? "out.folder" : "out.file");
  const known = [
    "EROFS",
    "EACCES",
    "EPERM",
    "ENOSPC",
    "EDQUOT",
    "ENOTDIR",
    "EISDIR",
    "ENOENT",
    "EEXIST",
    "ENAMETOOLONG",
  ];
  const key = (code === "EPERM" ? "out.EACCES" : `out.${code}`) as MessageKey;

  const reason = known.includes(code)
    ? t(key, { what: kind, target })
    : `${(e as Error).message ?? String(e)}`;
  return new MasterplanError(t("out.failed", { reason }), hint);
}
