import {
  sortDiagnostics,
  sourceKey,
  summarize,
  type Diagnostic,
} from "../diagnostics/diagnostic.js";
import { loadPlan, type LoadResult, type ParseCache } from "../load/load-plan.js";
import type { Theme } from "../load/load-theme.js";
import type { FontOptions } from "../load/theme-fonts.js";
import type { ModelOptions } from "../model/build-model.js";
import type { DocumentModel } from "../model/document-model.js";
import type { DocumentKind } from "../model/documents.js";
import type { Locale } from "../model/locale.js";
import { certifiedCopyProblems } from "../validate/certified-copy.js";
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
      : await (await import("../load/git-plan.js")).loadPlanAtRevision(dir, revision);
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
  // Loaded here: checking a plan (validate) needs none of the modelling.
  const { modelled } = await import("./model-plan.js");
  return modelled(prepared, sources, options.model, options);
}

/** What decides whether a file is read at all; cross-reference problems do not. */
export const READ = /^(?:load|yaml|schema)\//;
