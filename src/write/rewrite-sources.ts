import { t, type MessageKey } from "../i18n/language.js";
import { constants, type Stats } from "node:fs";
import { access, open, readFile, realpath, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { decodeSource } from "../load/source-file.js";
import { sweepStale, tempName } from "./write-atomic.js";

/** A source file to replace: its new text, and the text it held when it was read. */
export interface SourceRewrite {
  /** The file as the plan lists it; a link inside the plan is followed to its target. */
  path: string;
  data: string;
  /** What the file held when it was read (as `decodeSource` gives it). */
  read: { text: string; bom: boolean };
}

export interface RewriteResult {
  /** The files replaced. */
  written: string[];
  /** A file left as it is, with the reason: an error each. */
  diagnostics: Diagnostic[];
}

/**
 * Replaces source files that a command rewrote (fmt), losing nothing: each file is replaced
 * only while it still holds what was read, so an edit saved meanwhile is never overwritten; it
 * keeps its mode, owner and hard links, and a link keeps being a link (its target is written);
 * a read-only file is left as it is. Each file is read back after the write and compared.
 * Files are independent: one left as it is does not hold back the others. First, what a
 * killed run left in the plan's folders (temporary files, stale locks) is swept.
 */
export async function rewriteSources(
  files: readonly SourceRewrite[],
  plan: { root: string; folders: readonly string[] },
): Promise<RewriteResult> {
  const result: RewriteResult = { written: [], diagnostics: [] };
  for (const dir of plan.folders) await sweepStale(dir);
  const realRoot = await realpath(plan.root);
  for (const file of files) {
    const problem = await rewriteOne(file, realRoot).catch((e: NodeJS.ErrnoException) =>
      e.code === CHANGED ? leftAsIs(file.path, "changed") : leftAsIs(file.path, "write", e.code),
    );
    if (problem) result.diagnostics.push(problem);
    else result.written.push(file.path);
  }
  return result;
}

async function rewriteOne(file: SourceRewrite, realRoot: string): Promise<Diagnostic | null> {
  // A link is written through: the link stays, its target (inside the plan) takes the text.
  const target = await realpath(file.path);
  if (target !== realRoot && !target.startsWith(realRoot + path.sep))
    return leftAsIs(file.path, "outside");
  const info = await stat(target);
  if (!info.isFile()) return leftAsIs(file.path, "not-a-file");
  if (!(await writable(target, info))) return leftAsIs(file.path, "read-only");
  if (!(await unchanged(target, file.read))) return leftAsIs(file.path, "changed");
  const data = new TextEncoder().encode(file.data);
  // Renaming a new file into place would part a hard link from the file, and give a file of
  // another user to this one: such files are written in place.
  const uid = typeof process.getuid === "function" ? process.getuid() : null;
  const ownUser = uid === null || uid === 0 || uid === info.uid;
  if (info.nlink > 1 || !ownUser) await writeInPlace(target, data, file.read);
  else {
    const temp = tempName(target, "tmp");
    try {
      const handle = await open(temp, "wx", info.mode & 0o7777);
      try {
        await handle.writeFile(data);
        await handle.chmod(info.mode & 0o7777);
        if (uid === 0) await handle.chown(info.uid, info.gid);
        await handle.sync();
      } finally {
        await handle.close();
      }
      // The last look before the file is replaced: an edit saved during the write wins.
      if (!(await unchanged(target, file.read))) return leftAsIs(file.path, "changed");
      await rename(temp, target);
    } finally {
      await rm(temp, { force: true }).catch(() => undefined);
    }
  }
  const back = await readFile(target);
  if (!Buffer.from(back).equals(Buffer.from(data))) return leftAsIs(file.path, "read-back");
  return null;
}

const CHANGED = "MASTERPLAN_CHANGED";

async function writeInPlace(
  target: string,
  data: Uint8Array,
  read: SourceRewrite["read"],
): Promise<void> {
  const handle = await open(target, "r+");
  try {
    const current = decodeSource(await handle.readFile());
    if (!current || current.text !== read.text || current.bom !== read.bom)
      throw Object.assign(new Error("changed since read"), { code: CHANGED });
    await handle.write(data, 0, data.length, 0);
    await handle.truncate(data.length);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Whether this process may write the file: its write bits, not only root's licence. */
async function writable(file: string, info: Stats): Promise<boolean> {
  if ((info.mode & 0o222) === 0) return false;
  return access(file, constants.W_OK).then(
    () => true,
    () => false,
  );
}

/** Whether the file still holds what was read. */
async function unchanged(file: string, read: SourceRewrite["read"]): Promise<boolean> {
  const bytes = await readFile(file).catch(() => null);
  const now = bytes && decodeSource(bytes);
  return now !== null && now.text === read.text && now.bom === read.bom;
}

const REASONS: Record<string, { message: MessageKey; hint?: MessageKey }> = {
  changed: { message: "write.changed", hint: "write.changed-hint" },
  "read-only": { message: "write.read-only", hint: "write.read-only-hint" },
  outside: { message: "write.outside" },
  "not-a-file": { message: "write.not-a-file" },
  "read-back": { message: "write.read-back" },
  write: { message: "write.write" },
};

function leftAsIs(file: string, reason: string, detail?: string): Diagnostic {
  const r = REASONS[reason]!;
  return {
    file,
    line: 1,
    column: 1,
    code: `write/${reason}`,
    severity: "error",
    message: detail ? `${t(r.message).slice(0, -1)} (${detail}).` : t(r.message),
    ...(r.hint ? { hint: t(r.hint) } : {}),
  };
}
