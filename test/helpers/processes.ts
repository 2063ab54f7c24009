import { chmod, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/** Live processes whose command line or environment mentions `text` (a temp folder's path). */
export async function processesMentioning(text: string): Promise<string[]> {
  const found: string[] = [];
  for (const pid of await readdir("/proc")) {
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid) continue;
    const read = (what: string) => readFile(`/proc/${pid}/${what}`, "utf8").catch(() => "");
    const cmdline = (await read("cmdline")).replace(/\0/g, " ");
    const status = await read("status");
    // A zombie has exited; only its parent's bookkeeping remains.
    if (/^State:\s+Z/m.test(status)) continue;
    if (cmdline.includes(text) || (await read("environ")).includes(text))
      found.push(`${pid} ${cmdline.slice(0, 120)}`);
  }
  return found;
}

/** Waits until no process mentions `text`, or the time is up; returns those still running. */
export async function settled(text: string, ms = 5_000): Promise<string[]> {
  const until = Date.now() + ms;
  for (;;) {
    const left = await processesMentioning(text);
    if (!left.length || Date.now() > until) return left;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A fake browser: a shell script with this body, in a fresh folder. */
export async function fakeBrowser(body: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mp-fake-browser-"));
  const file = path.join(dir, "chrome");
  await writeFile(file, `#!/bin/sh\n${body}\n`);
  await chmod(file, 0o755);
  return file;
}

/** A private temp folder for a child process (its TMPDIR), so its leftovers can be counted. */
export function privateTmp(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), "mp-tmp-"));
}
