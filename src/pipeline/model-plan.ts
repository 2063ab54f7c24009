import { annexModel } from "../diff/annex.js";
import { diffPlans } from "../diff/plan-diff.js";
import { describeRevision } from "../load/git-plan.js";
import { loadLocaleFile, loadTheme } from "../load/load-theme.js";
import { buildModel } from "../model/build-model.js";
import type { ChangesModel, DocumentModel } from "../model/document-model.js";
import { chosenDocuments } from "../model/documents.js";
import type { Locale } from "../model/locale.js";
import { withChanges } from "../model/with-changes.js";
import { checkLocale } from "../validate/check-locale.js";
import type { PlanSources } from "../validate/plan-sources.js";
import { prepare, READ, type Prepared, type PrepareOptions } from "./prepare.js";

/** A checked plan modelled for its documents, with its theme and words, and its annex. */
export async function modelled(
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
