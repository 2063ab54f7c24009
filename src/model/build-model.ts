import { regionWords } from "../text/region-words.js";
import type { PlanSources } from "../validate/plan-sources.js";
import type { ChapterSection } from "./chapter-section.js";
import type {
  Caption,
  ChapterModel,
  DimensionModel,
  DocumentModel,
  SectionModel,
  StageModel,
  TocEntry,
} from "./document-model.js";
import { blockSections, regionFacts, rpjmdName, type BlockContext, type Draft } from "./blocks.js";
import { changesModel, type ChangesInput } from "./changes.js";
import { glossaryEntries } from "./glossary.js";
import { lampiranHeading, regionName } from "./heading.js";
import { indicatorRows } from "./indicators.js";
import { topWord, word, type Locale } from "./locale.js";
import { chapterLabel, sectionNumber, type NumberingStyle } from "./numbering.js";
import { resolvePrograms } from "./programs.js";
import { agencyLookup } from "./agency-lookup.js";
import { quickWinProfiles } from "./quick-win-document.js";
import { readinessModel } from "./readiness.js";
import { summaryModel } from "./summary.js";

export interface ModelOptions {
  locale: Locale;
  /** Overrides the manifest's paper size (`--paper`). */
  paper?: "f4" | "a4" | undefined;
  /** The changes since an earlier version, for the "Daftar Perubahan" annex. */
  changes?: Omit<ChangesInput, "head"> | undefined;
}

const PAPER = { f4: { widthMm: 215, heightMm: 330 }, a4: { widthMm: 210, heightMm: 297 } } as const;
const DEFAULT_MARGINS = { top: 2.5, bottom: 2.5, left: 3, right: 2 };
const PX_PER_MM = 96 / 25.4;

/** Resolves a validated plan into the document the templates render. Pure. */
export function buildModel(plan: PlanSources, options: ModelOptions): DocumentModel {
  const { locale } = options;
  const m = plan.manifest.data;
  const draft = m.legal.status === "rancangan";
  const stages: StageModel[] = m.stages.map((s) => ({
    id: s.id,
    name: s.name,
    start: s.start,
    end: s.end,
    theme: s.theme ?? null,
    directions: s.directions ?? [],
    deferred: s.deferred ?? null,
  }));
  const programs = resolvePrograms(plan, locale);
  const agency = agencyLookup(plan);
  const dimensions: DimensionModel[] = [...plan.dimensions]
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

  const paperSize = options.paper ?? m.paper?.size ?? "f4";
  const margins = { ...DEFAULT_MARGINS, ...(m.paper?.margins_cm ?? {}) };
  const textWidthMm = PAPER[paperSize].widthMm - 10 * (margins.left + margins.right);
  const style: NumberingStyle = m.paper?.numbering ?? "decimal";
  const chapterWord = topWord(locale, "chapter", "BAB");
  const tableWord = topWord(locale, "table", "Tabel");
  const figureWord = topWord(locale, "figure", "Gambar");
  const chapters: ChapterModel[] = [...plan.chapters]
    .map((c) => c.data)
    .sort((a, b) => a.order - b.order)
    .map((c, index) => {
      const n = index + 1;
      const anchor = `bab-${n}`;
      // Tables and figures are numbered per chapter, in the order they print.
      let tables = 0;
      let figures = 0;
      const ctx: BlockContext = {
        plan,
        locale,
        draft,
        stages,
        dimensions,
        programs,
        textWidthPx: Math.floor(textWidthMm * PX_PER_MM),
        caption: (title, source = null): Caption => ({
          label: `${tableWord} ${n}.${++tables}`,
          title,
          source,
        }),
        figure: (title): Caption => ({
          label: `${figureWord} ${n}.${++figures}`,
          title,
          source: null,
        }),
      };
      const drafts: Draft[] = [
        ...(c.sections ?? []).flatMap((s) => entry(s, ctx)),
        ...(c.blocks ?? []).flatMap((kind) => blockSections(kind, ctx)),
      ];
      return {
        anchor,
        label: chapterLabel(chapterWord, n),
        title: c.title.toUpperCase(),
        intro: c.intro ?? null,
        note: draft ? (c.note ?? null) : null,
        sections: drafts.map((d, i) => numbered(d, style, n, [i + 1], anchor)),
      };
    });

  const entries = glossaryEntries(plan);
  const glossary = {
    anchor: "daftar-istilah",
    title: topWord(locale, "glossary", "DAFTAR ISTILAH DAN SINGKATAN"),
    entries,
  };
  const changes = options.changes ? changesModel({ ...options.changes, head: plan }, locale) : null;
  const toc: TocEntry[] = [
    ...(entries.length
      ? [{ anchor: glossary.anchor, level: 1, label: "", title: glossary.title }]
      : []),
    ...chapters.flatMap((c) => [
      { anchor: c.anchor, level: 1, label: c.label, title: c.title },
      ...c.sections.map((s) => ({ anchor: s.anchor, level: 2, label: s.number, title: s.title })),
    ]),
    ...(changes ? [{ anchor: changes.anchor, level: 1, label: "", title: changes.title }] : []),
  ];
  const regionFull = regionName(m);
  const heading = lampiranHeading(m);
  const words = regionWords(m.region.kind);
  const rpjmd = plan.rpjpd.data.rpjmd;
  return {
    lang: "id",
    title: m.title,
    attachmentName: m.title.toUpperCase(),
    region: {
      kind: m.region.kind,
      name: m.region.name,
      province: m.region.province,
      fullName: regionFull,
    },
    words: {
      region: words.region,
      head: words.head,
      headRegulation: words.headRegulation,
      rpjmdFocus: rpjmd ? word(locale.labels, "rpjmd", { rpjmd: rpjmdName(rpjmd) }) : null,
    },
    draft,
    heading,
    signatory: { title: m.signatory.title, name: m.signatory.name },
    paper: { size: paperSize, ...PAPER[paperSize], margins, textWidthMm },
    horizon: m.horizon,
    stages,
    glossary,
    foreignTerms: entries.filter((e) => e.foreign).map((e) => e.term),
    chapters,
    changes,
    toc,
    summary: summaryModel(plan, locale, stages, dimensions, programs),
    readiness: readinessModel(plan, locale),
    booklet: {
      facts: regionFacts(plan, locale),
      caption: {
        label: `${tableWord} 1`,
        title: word(locale.captions, "region-facts"),
        source: m.region.facts?.source ?? null,
      },
    },
    quickWins: quickWinProfiles(programs, locale),
    metadata: {
      title: m.title,
      author: `Pemerintah ${titleCase(regionFull)}`,
      subject: `${heading.lampiran} ${heading.regulation}`,
      keywords: [
        "smart city",
        "masterplan",
        m.region.name,
        "RPJPD",
        ...dimensions.map((d) => d.name),
      ],
    },
  };
}

/** A chapter's section entry: narrative text, or a generated block placed at that point. */
function entry(s: ChapterSection, ctx: BlockContext): Draft[] {
  if ("block" in s) return blockSections(s.block, ctx);
  return [
    {
      key: "",
      title: s.title,
      body: s.body ?? null,
      note: ctx.draft ? (s.note ?? null) : null,
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
  const stable = d.key.startsWith("program-") || d.key.startsWith("dimension-");
  return {
    anchor: stable ? d.key : `${chapterAnchor}-${path.join("-")}`,
    number: sectionNumber(style, chapter, path),
    title: d.title,
    level: path.length + 1,
    body: d.body,
    note: d.note,
    block: d.block,
    data: d.data,
    sections: (d.sections ?? []).map((s, i) =>
      numbered(s, style, chapter, [...path, i + 1], chapterAnchor),
    ),
  };
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}
