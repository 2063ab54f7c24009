import {
  sortDiagnostics,
  sourceKey,
  summarize,
  type Diagnostic,
} from "../diagnostics/diagnostic.js";
import { annexModel } from "../diff/annex.js";
import { diffPlans } from "../diff/plan-diff.js";
import { describeRevision, loadPlanAtRevision } from "../load/git-plan.js";
import { loadPlan, type LoadResult, type ParseCache } from "../load/load-plan.js";
import { loadLocaleFile, loadTheme, type Theme } from "../load/load-theme.js";
import type { FontOptions } from "../load/theme-fonts.js";
import { buildModel, type ModelOptions } from "../model/build-model.js";
import { withChanges } from "../model/with-changes.js";
import type { ChangesModel, DocumentModel } from "../model/document-model.js";
import { chosenDocuments, type DocumentKind } from "../model/documents.js";
import type { Locale } from "../model/locale.js";
import { certifiedCopyProblems } from "../validate/certified-copy.js";
import { checkLocale } from "../validate/check-locale.js";
import type { PartialSources, PlanSources } from "../validate/plan-sources.js";
import { validatePlan } from "../validate/validate-plan.js";
import { staleSchemaCopies } from "../load/schema-copies.js";

export interface PrepareOptions {
  /** Read the plan folder as it was at this git revision, from git's objects. */
  revision?: string | undefined;
  /**
   * Model the plan for documents: `--doc` (one, or "all"), else the manifest's `outputs`
   * (`documents: undefined`); an empty list models the programs alone (export, diff). Without
   * `model`, the plan is only loaded and checked.
   */
  model?: {
    documents?: DocumentKind | "all" | readonly DocumentKind[] | undefined;
    paper?: ModelOptions["paper"];
    /** A git revision: the masterplan gets a "Daftar Perubahan" annex of the changes since it. */
    changesSince?: string | undefined;
    /**
     * Model a plan whose cross-references have errors (an unknown agency keeps its id for a
     * name): a side of a comparison. A file that does not load or pass its schema still stops it.
     */
    evenWithErrors?: boolean;
    /** `--salinan`: the certified copy of an enacted regulation, with who certifies it. */
    certifiedCopy?: boolean | undefined;
  };
  /** A theme loaded before, kept by a live preview while its templates do not change. */
  theme?: Theme | undefined;
  fonts?: FontOptions;
  /** Parsed files kept between preparations of the same folder (a live preview). */
  cache?: ParseCache;
  /** Whether plain files may take the quick reader (see `ParseOptions.fast`). */
  fast?: boolean;
}

/** A plan loaded, checked and modelled: what every command reads. */
export interface Prepared {
  root: string;
  /** Every problem found, sorted; a revision's name theirs. */
  diagnostics: Diagnostic[];
  /** Each source's text, by `sourceKey`, for code frames. */
  texts: Map<string, string>;
  /** The typed plan, when every file passed its schema; null otherwise. */
  sources: PlanSources | null;
  /** The files that passed their schema, whatever the others did. */
  partial: PartialSources;
  /** The documents modelled, in order; empty unless a model was asked for. */
  documents: DocumentKind[];
  /** Loaded for documents that print (not for export or diff); null otherwise. */
  theme: Theme | null;
  locale: Locale | null;
  /** Null unless asked for, and while the plan or the theme's words have errors. */
  model: DocumentModel | null;
}

/**
 * load → validate → model: the one place the stages are put together. Every command calls
 * it: validate and doctor to check, build and watch for the documents they print, export and
 * each side of a diff for the resolved programs.
 */
export async function prepare(dir: string, options: PrepareOptions = {}): Promise<Prepared> {
  const { revision } = options;
  const loaded: LoadResult =
    revision === undefined
      ? await loadPlan(dir, {
          ...(options.cache ? { cache: options.cache } : {}),
          ...(options.fast === undefined ? {} : { fast: options.fast }),
        })
      : await loadPlanAtRevision(dir, revision);
  const checked = validatePlan(loaded.plan, loaded.diagnostics);
  if (revision === undefined)
    checked.diagnostics.push(...(await staleSchemaCopies(loaded.plan.root)));
  const prepared: Prepared = {
    root: loaded.plan.root,
    diagnostics: sortDiagnostics(
      revision === undefined
        ? checked.diagnostics
        : checked.diagnostics.map((d) => ({ ...d, revision })),
    ),
    texts: new Map(
      loaded.plan.files.map((f) => [sourceKey({ file: f.source.path, revision }), f.source.text]),
    ),
    sources: checked.sources,
    partial: checked.partial,
    documents: [],
    theme: null,
    locale: null,
    model: null,
  };
  const sources = checked.sources;
  if (!options.model || !sources) return prepared;
  if (options.model.certifiedCopy)
    prepared.diagnostics = sortDiagnostics([
      ...prepared.diagnostics,
      ...certifiedCopyProblems(sources.manifest),
    ]);
  const errors = options.model.evenWithErrors
    ? prepared.diagnostics.some((d) => d.severity === "error" && READ.test(d.code))
    : summarize(prepared.diagnostics).errors > 0;
  if (errors) return prepared;
  return modelled(prepared, sources, options.model, options);
}

/** A checked plan modelled for its documents, with its theme and words, and its annex. */
async function modelled(
  prepared: Prepared,
  sources: PlanSources,
  wanted: NonNullable<PrepareOptions["model"]>,
  options: PrepareOptions,
): Promise<Prepared> {
  const documents =
    typeof wanted.documents === "object"
      ? [...wanted.documents]
      : chosenDocuments(sources.manifest.data.outputs, wanted.documents);
  // Documents that print need the whole theme; the programs alone need its words.
  const theme =
    documents.length === 0
      ? null
      : (options.theme ?? (await loadTheme(sources.root, "default", options.fonts ?? {})));
  const localeFile = theme?.locale ?? (await loadLocaleFile(sources.root));
  const words = checkLocale(localeFile);
  if (!words.locale) {
    prepared.diagnostics = [...prepared.diagnostics, ...words.diagnostics];
    prepared.texts.set(localeFile.file.path, localeFile.file.text);
    return prepared;
  }
  prepared.documents = documents;
  prepared.theme = theme;
  prepared.locale = words.locale;
  const model = buildModel(sources, {
    locale: words.locale,
    documents,
    paper: wanted.paper,
    certifiedCopy: wanted.certifiedCopy ?? false,
  });
  if (wanted.changesSince === undefined) {
    prepared.model = model;
    return prepared;
  }
  const annex = await annexSince(sources, model, wanted.changesSince, words.locale);
  if ("unread" in annex) {
    // The annex compares with the plan as it was; one that left files of it out would lie.
    prepared.diagnostics = [...prepared.diagnostics, ...annex.unread.diagnostics];
    for (const [key, text] of annex.unread.texts) prepared.texts.set(key, text);
    return prepared;
  }
  prepared.model = withChanges(model, annex.changes);
  return prepared;
}

/** The "Daftar Perubahan" since a revision; or, when a file of it could not be read, why. */
async function annexSince(
  sources: PlanSources,
  model: DocumentModel,
  since: string,
  locale: Locale,
): Promise<{ changes: ChangesModel } | { unread: Prepared }> {
  const base = await prepare(sources.root, {
    revision: since,
    model: { documents: [], evenWithErrors: true },
  });
  if (!base.model) {
    base.diagnostics = base.diagnostics.filter((d) => READ.test(d.code));
    return { unread: base };
  }
  const diff = diffPlans(
    { model: base.model, sources: base.partial },
    { model, sources },
    { base: since, head: "working tree" },
    locale,
  );
  const { date, tag } = await describeRevision(sources.root, since);
  const legal = base.partial.manifest?.data.legal;
  const version = {
    drafted: legal?.drafted ?? null,
    enacted: legal?.status === "ditetapkan",
    tag,
    date,
  };
  return { changes: annexModel(diff, version, locale) };
}

/** What decides whether a file is read at all; cross-reference problems do not. */
export const READ = /^(?:load|yaml|schema)\//;
