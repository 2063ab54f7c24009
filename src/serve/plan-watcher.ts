import { readdirSync, statSync, watch, type FSWatcher } from "node:fs";
import path from "node:path";

/** How often the plan folder itself is looked at: moved away, deleted, made again. */
const POLL_MS = 400;

/**
 * Tells when anything of a plan folder may have changed. Each folder is watched on its own (not
 * through one recursive watch, which on some systems loses a file replaced by a rename, as an
 * editor's safe save and `fmt` replace it), so that a file renamed into place, a folder added or
 * moved away are all seen; after every change the folders are listed again. The plan folder
 * itself is looked at a few times a second: a folder moved away and back, or deleted and made
 * again, is noticed and watched anew.
 */
export class PlanWatcher {
  private readonly watchers = new Map<string, FSWatcher>();
  private identity = "";
  private poll: NodeJS.Timeout | null = null;

  constructor(
    private readonly root: string,
    private readonly onChange: () => void,
  ) {}

  start(): void {
    this.rearm();
    this.poll = setInterval(() => {
      if (identityOf(this.root) !== this.identity) {
        this.rearm();
        this.onChange();
      }
    }, POLL_MS);
  }

  /** Watches every folder the plan has now, and stops watching those it no longer has. */
  rearm(): void {
    this.identity = identityOf(this.root);
    const folders = new Set(listFolders(this.root));
    for (const [dir, watcher] of this.watchers)
      if (!folders.has(dir)) {
        watcher.close();
        this.watchers.delete(dir);
      }
    for (const dir of folders) {
      if (this.watchers.has(dir)) continue;
      try {
        const watcher = watch(dir, (_, name) => {
          if (name === null || relevant(String(name))) this.onChange();
        });
        // A folder that goes away ends its watch; the next listing drops it.
        watcher.on("error", () => {
          watcher.close();
          this.watchers.delete(dir);
          this.onChange();
        });
        this.watchers.set(dir, watcher);
      } catch {
        // Gone between the listing and the watch: the next change lists again.
      }
    }
  }

  close(): void {
    if (this.poll) clearInterval(this.poll);
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }
}

/** Which folder stands at a path now: moved away and made again is another one. */
function identityOf(dir: string): string {
  try {
    const info = statSync(dir);
    return info.isDirectory() ? `${info.dev}:${info.ino}` : "not a folder";
  } catch {
    return "missing";
  }
}

/** The plan folder and every folder below it but outputs and hidden ones. */
function listFolders(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    out.push(dir);
    if (depth > 8) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries)
      if (e.isDirectory() && !ignored(e.name)) walk(path.join(dir, e.name), depth + 1);
  };
  if (identityOf(root).includes(":")) walk(root, 0);
  return out;
}

function ignored(name: string): boolean {
  return name.startsWith(".") || name === "dist" || name === "node_modules";
}

/**
 * Plan sources, theme files and folders (a name without an extension); not hidden files, an
 * editor's backups or the outputs a build may write inside the folder.
 */
function relevant(name: string): boolean {
  const base = path.basename(name);
  if (ignored(base)) return false;
  return /\.(ya?ml|hbs|css|json|md)$/.test(base) || !base.includes(".");
}
