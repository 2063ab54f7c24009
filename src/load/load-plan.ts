import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { MasterplanError } from "../diagnostics/masterplan-error.js";
import { reservedName } from "./reserved-names.js";
import { parseSource, type ParseOptions, type SourceFile } from "./source-file.js";

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
        message: `The plan has no ${name}.`,
        hint: "Every plan folder holds masterplan.yaml, agencies.yaml and rpjpd.yaml.",
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
        message: `Windows keeps the name \`${name.split(".")[0]}\` for a device, so this file cannot be checked out there.`,
        hint: "Rename it (a program's id with it), such as layanan-terpadu.yaml.",
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
          message: `This file is not read because its name does not end in .yaml.`,
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
  if (file.endsWith(".yml")) return "Rename it to end in .yaml.";
  if (kind === "chapter" && file.endsWith(".md"))
    return "A chapter is a .yaml file; put its markdown text in `intro` or in `sections[].body`.";
  return undefined;
}

const PLAN_FOLDER_HINT =
  "Give the folder that holds masterplan.yaml; to start a new plan, copy the bundled `masterplan/` folder.";

function assertPlanFolder(root: string): void {
  const info = statOrNull(root);
  if (!info) throw new MasterplanError(`The plan folder ${root} does not exist.`, PLAN_FOLDER_HINT);
  if (!info.isDirectory()) throw new MasterplanError(`${root} is not a folder.`);
  if (!statOrNull(path.join(root, "masterplan.yaml"))?.isFile())
    throw new MasterplanError(
      `${root} is not a plan folder: it has no masterplan.yaml.`,
      PLAN_FOLDER_HINT,
    );
}

function readBytes(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new MasterplanError(
      `Cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}.`,
      "Check that the file exists and that you may read it.",
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
        this.notRead(
          file,
          "load/folder-named-yaml",
          "error",
          `This is a folder, not a file, so ${name} is not read.`,
        );
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
        `${folder}/ is a link; the files of a plan must sit in its own folder, so it is not read.`,
        `Replace the link with a real folder named ${folder}.`,
      );
    if (!info.isDirectory())
      return this.notRead(
        dir,
        "load/not-a-folder",
        "error",
        `${folder} should be a folder; this one is a file, so it is not read.`,
      );
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
          message:
            "This is a folder, not a file, although its name ends in .yaml; the files inside it are read as usual.",
          hint: "Rename the folder so that its name does not end in .yaml.",
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
      this.notRead(
        file,
        "load/not-a-file",
        "warning",
        "This is not a regular file, so it is not read.",
      );
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
        "This link leads to nothing, so it is not read.",
        "Remove the link or restore what it pointed to.",
      );
      return null;
    }
    if (target !== this.realRoot && !target.startsWith(this.realRoot + path.sep)) {
      this.notRead(
        file,
        "load/outside-link",
        "error",
        `This is a link to ${target}, outside the plan folder, so it is not read.`,
        "Copy the file into the plan folder instead of linking to it.",
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
        "This is a link to a folder; links to folders are not followed.",
        "Move or copy the files it holds into the plan folder.",
      );
    else
      this.notRead(
        file,
        "load/not-a-file",
        "warning",
        "This is not a regular file, so it is not read.",
      );
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
      `Cannot read the folder ${dir}: ${(e as NodeJS.ErrnoException).code ?? String(e)}.`,
      "Check that the folder exists and that you may read it.",
    );
  }
}
