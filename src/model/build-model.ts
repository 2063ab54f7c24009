import { regionWords } from "../text/region-words.js";
import { placesBlock, type PlanSources } from "../validate/plan-sources.js";
import { chapterNumbers, expandReferences } from "../validate/chapter-references.js";
import { agencyLookup } from "./agency-lookup.js";
import { blockSections, type BlockContext, type Draft } from "./blocks/index.js";
import { rpjmdName } from "./blocks/context.js";
import { regionFacts } from "./blocks/region-facts.js";
import type { ChapterSection } from "./chapter-section.js";
import type {
  Caption,
  ChangesModel,
  ChapterModel,
  DimensionModel,
  DocumentModel,
  GlossaryEntry,
  ProgramModel,
  SectionModel,
  StageModel,
  TocEntry,
} from "./document-model.js";
import { DOCUMENTS, type DocumentKind } from "./documents.js";
import { firstUse } from "./first-use.js";
import { glossaryEntries } from "./glossary.js";
import { lampiranHeading, regionName } from "./heading.js";
import { indicatorRows } from "./indicators.js";
import { word, type Locale } from "./locale.js";
import { chapterLabel, sectionNumber, type NumberingStyle } from "./numbering.js";
import { resolvePrograms } from "./programs.js";
import { quickWinProfiles } from "./quick-win-document.js";
import { readinessModel } from "./readiness.js";
import { regulationModel } from "./regulation.js";
import { summaryModel } from "./summary.js";

export interface ModelOptions {
  locale: Locale;
  /** The documents the model is for: only what they print is built (default: every one). */
  documents?: readonly DocumentKind[];
  /** Overrides the manifest's paper size (`--paper`). */
  paper?: "f4" | "a4" | undefined;
  /** The "Daftar Perubahan" annex of the changes since an earlier version, for the masterplan. */
  changes?: ChangesModel | null | undefined;
  /** Print the certified copy's block ("Salinan sesuai dengan aslinya"). */
  certifiedCopy?: boolean;
}

const PAPER = { f4: { widthMm: 215, heightMm: 330 }, a4: { widthMm: 210, heightMm: 297 } } as const;
const DEFAULT_MARGINS = { top: 2.5, bottom: 2.5, left: 3, right: 2 };
const PX_PER_MM = 96 / 25.4;

/**
 * Resolves a validated plan into the model its documents render. Pure. Each part is computed
 * once and only for the documents that print it: the chapters for the masterplan, the summary
 * for the ringkasan, the profiles for the quick-win document, the readiness analysis for the
 * booklet and for a chapter that places it.
 */
export function buildModel(plan: PlanSources, options: ModelOptions): DocumentModel {
  const { locale } = options;
  const m = plan.manifest.data;
  const documents = options.documents ?? DOCUMENTS;
  const wants = (d: DocumentKind) => documents.includes(d);
  const draft = m.legal.status === "rancangan";
  const stages = stageModels(plan);
  const programs = resolvePrograms(plan, locale);
  const dimensions = dimensionModels(plan, programs, stages);
  const paper = paperOf(plan, options.paper);
  const readiness =
    wants("kesiapan") || (wants("masterplan") && placesBlock(plan, "readiness"))
      ? readinessModel(plan, locale)
      : null;
  const entries = glossaryEntries(plan);
  const glossary = { anchor: "daftar-istilah", title: locale.glossary, entries };
  const numbers = chapterNumbers(plan);
  const refer = (text: string) => expandReferences(text, numbers, locale.chapterInText);
  const named = firstUse(plan);
  const prose = (text: string) => named(refer(text));
  const context = {
    plan,
    locale,
    draft,
    refer,
    prose,
    stages,
    dimensions,
    programs,
    readiness,
    paper,
  };
  const chapters = wants("masterplan") ? chapterModels(context) : [];
  const changes = wants("masterplan") ? (options.changes ?? null) : null;
  const heading = lampiranHeading(m);
  return {
    lang: "id",
    name: m.name,
    title: m.title,
    attachmentName: m.title.toUpperCase(),
    region: {
      kind: m.region.kind,
      name: m.region.name,
      province: m.region.province,
      fullName: regionName(m),
    },
    words: documentWords(plan, locale),
    draft,
    heading,
    signatory: { title: m.signatory.title, name: m.signatory.name },
    paper,
    horizon: m.horizon,
    stages,
    programs,
    glossary,
    foreignTerms: foreignTerms(entries, locale),
    chapters,
    changes,
    toc: wants("masterplan") ? tableOfContents(glossary, chapters, changes) : [],
    summary: wants("ringkasan") ? summaryModel(plan, locale, stages, dimensions, programs) : null,
    readiness,
    booklet: wants("kesiapan") ? bookletModel(plan, locale) : null,
    quickWins: wants("quick-win") ? quickWinProfiles(programs, locale) : [],
    regulation: wants("raperda") ? regulationModel(plan, locale, draft) : null,
    certifiedCopy: options.certifiedCopy ? certifiedCopyModel(plan, locale) : null,
    metadata: metadata(plan, dimensions, heading),
  };
}

/** The booklet's table of the region's facts, with its caption. */
function bookletModel(plan: PlanSources, locale: Locale): DocumentModel["booklet"] {
  return {
    facts: regionFacts(plan, locale),
    caption: {
      label: `${locale.table} 1`,
      title: word(locale.captions, "region-facts"),
      source: plan.manifest.data.region.facts?.source ?? null,
    },
  };
}

/** Who certifies the copy, with a blank for each fact the manifest does not hold. */
function certifiedCopyModel(plan: PlanSources, locale: Locale): DocumentModel["certifiedCopy"] {
  const by = plan.manifest.data.legal.certified_by;
  if (!by) return null;
  return {
    title: by.title ?? locale.blank,
    name: by.name ?? locale.blank,
    rank: by.rank ?? locale.blank,
    nip: by.nip ?? locale.blank,
  };
}

function stageModels(plan: PlanSources): StageModel[] {
  return plan.manifest.data.stages.map((s) => ({
    id: s.id,
    name: s.name,
    start: s.start,
    end: s.end,
    theme: s.theme ?? null,
    directions: s.directions ?? [],
    deferred: s.deferred ?? null,
    proposed: s.proposed ?? false,
  }));
}

/** The dimensions in their order, each with its elements, goals, indicators and programs. */
function dimensionModels(
  plan: PlanSources,
  programs: readonly ProgramModel[],
  stages: readonly StageModel[],
): DimensionModel[] {
  const agency = agencyLookup(plan);
  return [...plan.dimensions]
    .map((d) => d.data)
    .sort((a, b) => a.order - b.order)
    .map((d) => {
      const own = programs.filter((p) => p.dimensionId === d.id);
      return {
        id: d.id,
        anchor: `dimension-${d.id}`,
        name: d.name,
        description: d.description ?? null,
        coordinator: agency(d.coordinator),
        elements: d.elements.map((e) => ({
          name: e.name,
          english: e.english,
          description: e.description ?? null,
          programs: own.filter((p) => p.elementName === e.name).map((p) => p.name),
        })),
        goals: d.goals.map((g) => g.text),
        indicators: indicatorRows(
          d.indicators,
          stages.map((s) => s.id),
        ),
        programs: own,
      };
    });
}

function paperOf(plan: PlanSources, override: "f4" | "a4" | undefined): DocumentModel["paper"] {
  const p = plan.manifest.data.paper;
  const size = override ?? p?.size ?? "f4";
  const margins = { ...DEFAULT_MARGINS, ...(p?.margins_cm ?? {}) };
  const textWidthMm = PAPER[size].widthMm - 10 * (margins.left + margins.right);
  return { size, ...PAPER[size], margins, textWidthMm };
}

interface ChapterContext extends Omit<BlockContext, "caption" | "figure" | "textWidthPx"> {
  paper: DocumentModel["paper"];
}

/** The chapters in their order, with their sections numbered and their tables counted. */
function chapterModels(context: ChapterContext): ChapterModel[] {
  const { plan, locale, draft, paper, refer } = context;
  const style: NumberingStyle = plan.manifest.data.paper?.numbering ?? "decimal";
  return [...plan.chapters]
    .map((c) => c.data)
    .sort((a, b) => a.order - b.order)
    .map((c, index) => {
      const n = index + 1;
      const anchor = `bab-${n}`;
      // Tables and figures are numbered per chapter, in the order they print.
      let tables = 0;
      let figures = 0;
      const ctx: BlockContext = {
        ...context,
        textWidthPx: Math.floor(paper.textWidthMm * PX_PER_MM),
        caption: (title, source = null): Caption => ({
          label: `${locale.table} ${n}.${++tables}`,
          title,
          source,
        }),
        figure: (title): Caption => ({
          label: `${locale.figure} ${n}.${++figures}`,
          title,
          source: null,
        }),
      };
      // The intro comes first in the text: a term's first use may be there.
      const intro = c.intro ? context.prose(c.intro) : null;
      const drafts: Draft[] = [
        ...(c.sections ?? []).flatMap((s) => entry(s, ctx)),
        ...(c.blocks ?? []).flatMap((kind) => blockSections(kind, ctx)),
      ];
      const kinds = [
        ...(c.sections ?? []).flatMap((s) => ("block" in s ? [s.block] : [])),
        ...(c.blocks ?? []),
      ];
      const chapter: ChapterModel = {
        anchor,
        label: chapterLabel(locale.chapter, n),
        title: c.title.toUpperCase(),
        intro,
        note: draft && c.note ? refer(c.note) : null,
        empty: drafts.length ? null : emptySentence(locale, kinds[0]),
        sections: drafts.map((d, i) => numbered(d, style, n, [i + 1], anchor)),
      };
      return foldLoneSection(chapter);
    });
}

/** What an empty chapter says: that the plan holds nothing yet for its first block. */
function emptySentence(locale: Locale, kind: string | undefined): string {
  const words = locale.empty;
  return kind && kind in words ? word(words, kind) : word(words, "chapter");
}

/**
 * A chapter whose only section is its own text under its own title ("BAB XI PENUTUP", then
 * "11.1 Penutup") prints that text without a second heading.
 */
function foldLoneSection(c: ChapterModel): ChapterModel {
  const [only, ...more] = c.sections;
  if (!only || more.length || only.block !== null || only.sections.length) return c;
  if (only.title.toLocaleLowerCase("id") !== c.title.toLocaleLowerCase("id")) return c;
  const join = (a: string | null, b: string | null) => [a, b].filter((x) => x).join("\n\n") || null;
  return { ...c, intro: join(c.intro, only.body), note: join(c.note, only.note), sections: [] };
}

function tableOfContents(
  glossary: DocumentModel["glossary"],
  chapters: readonly ChapterModel[],
  changes: DocumentModel["changes"],
): TocEntry[] {
  return [
    ...(glossary.entries.length
      ? [{ anchor: glossary.anchor, level: 1, label: "", title: glossary.title }]
      : []),
    ...chapters.flatMap((c) => [
      { anchor: c.anchor, level: 1, label: c.label, title: c.title },
      ...c.sections.map((s) => ({ anchor: s.anchor, level: 2, label: s.number, title: s.title })),
    ]),
    ...(changes ? [{ anchor: changes.anchor, level: 1, label: "", title: changes.title }] : []),
  ];
}

/**
 * Words that follow from the plan: "Bupati" or "Wali Kota" from the region's kind, and the
 * label of the RPJMD focus row.
 */
function documentWords(plan: PlanSources, locale: Locale): DocumentModel["words"] {
  const words = regionWords(plan.manifest.data.region.kind);
  const rpjmd = plan.rpjpd.data.rpjmd;
  return {
    region: words.region,
    head: words.head,
    headRegulation: words.headRegulation,
    rpjmdFocus: rpjmd ? word(locale.labels, "rpjmd", { rpjmd: rpjmdName(rpjmd) }) : null,
  };
}

function metadata(
  plan: PlanSources,
  dimensions: readonly DimensionModel[],
  heading: DocumentModel["heading"],
): DocumentModel["metadata"] {
  const m = plan.manifest.data;
  return {
    title: m.title,
    author: `Pemerintah ${titleCase(regionName(m))}`,
    subject: `${heading.lampiran} ${heading.regulation}`,
    keywords: [
      "smart city",
      "masterplan",
      m.region.name,
      "RPJPD",
      ...dimensions.map((d) => d.name),
    ],
  };
}

/** A chapter's section entry: narrative text, or a generated block placed at that point. */
function entry(s: ChapterSection, ctx: BlockContext): Draft[] {
  if ("block" in s) return blockSections(s.block, ctx);
  return [
    {
      key: "",
      title: s.title,
      body: s.body ? ctx.prose(s.body) : null,
      note: ctx.draft && s.note ? ctx.refer(s.note) : null,
      block: null,
      data: null,
      sections: (s.sections ?? []).flatMap((x) => entry(x, ctx)),
    },
  ];
}

function numbered(
  d: Draft,
  style: NumberingStyle,
  chapter: number,
  path: number[],
  chapterAnchor: string,
): SectionModel {
  // Programs and dimensions keep their own anchors, so other sections can link to them.
  const { key, sections, ...rest } = d;
  const stable = key.startsWith("program-") || key.startsWith("dimension-");
  return {
    ...rest,
    anchor: stable ? key : `${chapterAnchor}-${path.join("-")}`,
    number: sectionNumber(style, chapter, path),
    level: path.length + 1,
    sections: (sections ?? []).map((s, i) =>
      numbered(s, style, chapter, [...path, i + 1], chapterAnchor),
    ),
  };
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

/**
 * The terms set in italics: the glossary's foreign ones and the theme's defaults, so a plan
 * without glossary.yaml still sets "smart city" in italics; a term the glossary lists as not
 * foreign stays upright.
 */
function foreignTerms(entries: readonly GlossaryEntry[], locale: Locale): string[] {
  const upright = new Set(entries.filter((e) => !e.foreign).map((e) => e.term.toLowerCase()));
  const terms = [
    ...entries.filter((e) => e.foreign).map((e) => e.term),
    ...(locale.foreignTerms ?? []),
  ];
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = t.toLowerCase();
    if (upright.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
