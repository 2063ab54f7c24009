import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { MasterplanError } from "../diagnostics/masterplan-error.js";
import { reservedName } from "./reserved-names.js";
import { parseSource, type ParseOptions, type SourceFile } from "./source-file.js";
import { t } from "../i18n/language.js";

export type FileKind =
  | "manifest"
  | "agencies"
  | "rpjpd"
  | "glossary"
  | "readiness"
  | "swot"
  | "regulation"
  | "chapter"
  | "dimension"
  | "program";

export interface PlanFile {
  kind: FileKind;
  source: SourceFile;
}

/** Every source file of a plan folder, parsed, in a stable order. */
export interface LoadedPlan {
  root: string;
  files: PlanFile[];
}

export interface LoadResult {
  plan: LoadedPlan;
  diagnostics: Diagnostic[];
}

const SINGLE_FILES: Array<[string, FileKind]> = [
  ["masterplan.yaml", "manifest"],
  ["agencies.yaml", "agencies"],
  ["rpjpd.yaml", "rpjpd"],
];
/** Single files a plan may leave out. */
const OPTIONAL_FILES: Array<[string, FileKind]> = [
  ["glossary.yaml", "glossary"],
  ["readiness.yaml", "readiness"],
  ["swot.yaml", "swot"],
  ["regulation.yaml", "regulation"],
];
const FOLDERS: Array<[string, FileKind]> = [
  ["chapters", "chapter"],
  ["dimensions", "dimension"],
  ["programs", "program"],
];

type Parsed = ReturnType<typeof parseSource>;

/**
 * Parsed files kept between loads of the same folder (a live preview), by path: a file whose
 * size and modification time are unchanged is not read or parsed again.
 */
export type ParseCache = Map<string, { stamp: string; parsed: Parsed }>;

export interface LoadOptions extends ParseOptions {
  /** Parsed files kept from an earlier load of the same folder. */
  cache?: ParseCache;
}

/**
 * Reads and parses a plan folder. Problems in the sources come back as diagnostics;
 * a folder that cannot be read at all is an environment problem and throws MasterplanError.
 * Files are read synchronously: thousands of small files read faster that way than through
 * the promise API, and nothing else runs meanwhile.
 */
export async function loadPlan(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const { cache, ...parseOptions } = options;
  const root = path.resolve(dir);
  assertPlanFolder(root);
  const { present, refused, diagnostics } = listPlan(root);
  const loaded = await parsePlanFiles(root, present, async (rel) => {
    const file = path.join(root, rel);
    if (!cache) return parseSource(file, readBytes(file), parseOptions);
    const info = statOrNull(file);
    // A file replaced by a rename (an editor's safe save) is another file, whatever its size
    // and time.
    const stamp = info ? `${info.ino}:${info.size}:${info.mtimeMs}` : "";
    const hit = cache.get(file);
    if (hit && hit.stamp === stamp) return hit.parsed;
    const parsed = parseSource(file, readBytes(file), parseOptions);
    cache.set(file, { stamp, parsed });
    return parsed;
  });
  // A required file refused above is reported once, as refused, not also as missing.
  const kept = loaded.diagnostics.filter(
    (d) => !(d.code === "load/missing-file" && refused.has(d.file)),
  );
  return { plan: loaded.plan, diagnostics: [...diagnostics, ...kept] };
}

/**
 * Parses the files of a plan given by their paths relative to its root (with `/`), each
 * through `parse`: read from a folder, or from a git revision. Reports missing required files
 * and files that will not be read.
 */
export async function parsePlanFiles(
  root: string,
  present: readonly string[],
  parse: (rel: string) => Promise<Parsed>,
): Promise<LoadResult> {
  const diagnostics: Diagnostic[] = [];
  const wanted: Array<{ kind: FileKind; rel: string }> = [];
  for (const [name, kind] of SINGLE_FILES) {
    if (present.includes(name)) wanted.push({ kind, rel: name });
    else
      diagnostics.push({
        code: "load/missing-file",
        severity: "error",
        file: path.join(root, name),
        line: 1,
        column: 1,
        message: t("load.missing-file", { name }),
        hint: t("load.missing-file-hint"),
      });
  }
  for (const [name, kind] of OPTIONAL_FILES)
    if (present.includes(name)) wanted.push({ kind, rel: name });
  for (const rel of present) {
    const name = rel.split("/").find(reservedName);
    if (name)
      diagnostics.push({
        code: "load/reserved-name",
        severity: "error",
        file: path.join(root, rel),
        line: 1,
        column: 1,
        message: t("load.reserved-name", { name: name.split(".")[0]! }),
        hint: t("load.reserved-name-hint"),
      });
  }
  for (const [folder, kind] of FOLDERS) {
    for (const rel of [...present].filter((p) => p.startsWith(`${folder}/`)).sort()) {
      const file = path.join(root, rel);
      if (rel.endsWith(".yaml")) wanted.push({ kind, rel });
      else if (!isNote(file))
        diagnostics.push({
          code: "load/ignored-file",
          severity: "warning",
          file,
          line: 1,
          column: 1,
          message: t("load.ignored-file"),
          ...(ignoredHint(file, kind) ? { hint: ignoredHint(file, kind) } : {}),
        });
    }
  }

  const files = await Promise.all(
    wanted.map(async ({ kind, rel }) => {
      const parsed = await parse(rel);
      diagnostics.push(...parsed.diagnostics);
      return { kind, source: parsed.file };
    }),
  );
  return { plan: { root, files }, diagnostics };
}

/** Hidden files and READMEs may sit beside the sources without a warning. */
function isNote(file: string): boolean {
  const name = path.basename(file);
  return name.startsWith(".") || /^readme(\.\w+)?$/i.test(name);
}

function ignoredHint(file: string, kind: FileKind): string | undefined {
  if (file.endsWith(".yml")) return t("load.yml-hint");
  if (kind === "chapter" && file.endsWith(".md")) return t("load.md-chapter-hint");
  return undefined;
}

const planFolderHint = () => t("load.plan-folder-hint");

function assertPlanFolder(root: string): void {
  const info = statOrNull(root);
  if (!info) throw new MasterplanError(t("load.no-folder", { root }), planFolderHint());
  if (!info.isDirectory()) throw new MasterplanError(t("load.not-folder", { root }));
  if (!statOrNull(path.join(root, "masterplan.yaml"))?.isFile())
    throw new MasterplanError(t("load.not-plan-folder", { root }), planFolderHint());
}

function readBytes(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new MasterplanError(
      t("load.unreadable-file", { file, problem: (e as NodeJS.ErrnoException).code ?? String(e) }),
      t("load.unreadable-file-hint"),
    );
  }
}

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

interface Listing {
  /** Files to read, relative to the root with `/`. */
  present: string[];
  /** Absolute paths of files that exist but will not be read. */
  refused: Set<string>;
  diagnostics: Diagnostic[];
}

/**
 * The files of a plan folder, with a word about everything that is not read: nothing is
 * skipped in silence. A symbolic link is followed only while it stays inside the plan folder;
 * one that leads outside is refused and never opened, so that a plan cannot pull a file from
 * elsewhere on the machine (a secret, in CI) into its document.
 */
function listPlan(root: string): Listing {
  const lister = new Lister(root);
  lister.singles();
  for (const [folder] of FOLDERS) lister.folder(folder);
  lister.listing.present.sort();
  return lister.listing;
}

/** Lists a plan folder, saying why each thing it does not read is left out. */
class Lister {
  readonly listing: Listing = { present: [], refused: new Set(), diagnostics: [] };
  private readonly realRoot: string;

  constructor(private readonly root: string) {
    this.realRoot = realpathSync(root);
  }

  /** The single files (masterplan.yaml and the others) that are there. */
  singles(): void {
    for (const [name] of [...SINGLE_FILES, ...OPTIONAL_FILES]) {
      const file = path.join(this.root, name);
      const info = lstatOrNull(file);
      if (!info) continue;
      const kind = this.resolve(file, info);
      if (kind === "file") this.listing.present.push(name);
      else if (kind === "folder")
        this.notRead(file, "load/folder-named-yaml", "error", t("load.folder-not-file", { name }));
    }
  }

  /** The files below one of the plan's folders (chapters, dimensions, programs). */
  folder(folder: string): void {
    const dir = path.join(this.root, folder);
    const info = lstatOrNull(dir);
    if (!info) return;
    if (info.isSymbolicLink())
      return this.notRead(
        dir,
        "load/folder-link",
        "error",
        t("load.folder-link", { folder }),
        t("load.folder-link-hint", { folder }),
      );
    if (!info.isDirectory())
      return this.notRead(dir, "load/not-a-folder", "error", t("load.not-a-folder", { folder }));
    for (const { file, entry } of listEntries(dir)) {
      const stat = entry.isSymbolicLink() ? lstatOrNull(file) : null;
      const kind = stat
        ? this.resolve(file, stat)
        : entry.isDirectory()
          ? "folder"
          : entry.isFile()
            ? "file"
            : this.resolve(file, lstatOrNull(file)!);
      if (kind === "file")
        this.listing.present.push(path.relative(this.root, file).split(path.sep).join("/"));
      else if (kind === "folder" && entry.name.endsWith(".yaml"))
        this.listing.diagnostics.push({
          code: "load/folder-named-yaml",
          severity: "warning",
          file,
          line: 1,
          column: 1,
          message: t("load.folder-named-yaml"),
          hint: t("load.folder-named-yaml-hint"),
        });
    }
  }

  /**
   * What a path is once links are followed, or null when it is refused. A symbolic link is
   * followed only while it stays inside the plan folder; one that leads outside is refused and
   * never opened, so that a plan cannot pull a file from elsewhere on the machine (a secret, in
   * CI) into its document.
   */
  private resolve(file: string, info: Stats): "file" | "folder" | null {
    if (!info.isSymbolicLink()) {
      if (info.isDirectory()) return "folder";
      if (info.isFile()) return "file";
      this.notRead(file, "load/not-a-file", "warning", t("load.not-a-file"));
      return null;
    }
    let target: string;
    try {
      target = realpathSync(file);
    } catch {
      this.notRead(
        file,
        "load/broken-link",
        "error",
        t("load.broken-link"),
        t("load.broken-link-hint"),
      );
      return null;
    }
    if (target !== this.realRoot && !target.startsWith(this.realRoot + path.sep)) {
      this.notRead(
        file,
        "load/outside-link",
        "error",
        t("load.outside-link", { target }),
        t("load.outside-link-hint"),
      );
      return null;
    }
    const real = statOrNull(target);
    if (real?.isFile()) return "file";
    if (real?.isDirectory())
      this.notRead(
        file,
        "load/folder-link",
        "warning",
        t("load.link-to-folder"),
        t("load.link-to-folder-hint"),
      );
    else this.notRead(file, "load/not-a-file", "warning", t("load.not-a-file"));
    return null;
  }

  private notRead(
    file: string,
    code: string,
    severity: "error" | "warning",
    message: string,
    hint?: string,
  ): void {
    this.listing.refused.add(file);
    this.listing.diagnostics.push({
      code,
      severity,
      file,
      line: 1,
      column: 1,
      message,
      ...(hint ? { hint } : {}),
    });
  }
}

function lstatOrNull(file: string): Stats | null {
  try {
    return lstatSync(file);
  } catch {
    return null;
  }
}

/** Everything below a folder, links not followed, sorted by path. */
function listEntries(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true, recursive: true })
      .map((entry) => ({ file: path.join(entry.parentPath, entry.name), entry }))
      .sort((a, b) => (a.file < b.file ? -1 : 1));
  } catch (e) {
    throw new MasterplanError(
      t("load.unreadable-folder", { dir, problem: (e as NodeJS.ErrnoException).code ?? String(e) }),
      t("load.unreadable-folder-hint"),
    );
  }
}
