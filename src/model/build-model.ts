import type { PlanSources } from "../validate/plan-sources.js";
import type { ChapterSection } from "./chapter-section.js";
import type {
  ChapterModel,
  DimensionModel,
  DocumentModel,
  IndicatorRow,
  SectionModel,
  StageModel,
  TocEntry,
} from "./document-model.js";
import { blockSections, type BlockContext, type Draft } from "./blocks.js";
import { lampiranHeading, regionName } from "./heading.js";
import type { Locale } from "./locale.js";
import { chapterLabel, sectionNumber, type NumberingStyle } from "./numbering.js";
import { resolvePrograms } from "./programs.js";
import { agencyLookup } from "./agency-lookup.js";

export interface ModelOptions {
  locale: Locale;
  /** Overrides the manifest's paper size (`--paper`). */
  paper?: "f4" | "a4" | undefined;
}

const PAPER = { f4: { widthMm: 215, heightMm: 330 }, a4: { widthMm: 210, heightMm: 297 } } as const;
const DEFAULT_MARGINS = { top: 2.5, bottom: 2.5, left: 3, right: 2 };

/** Resolves a validated plan into the document the templates render. Pure. */
export function buildModel(plan: PlanSources, options: ModelOptions): DocumentModel {
  const m = plan.manifest.data;
  const stages: StageModel[] = m.stages.map((s) => ({ ...s, theme: s.theme ?? null }));
  const programs = resolvePrograms(plan);
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
        indicators: d.indicators.map((i): IndicatorRow => ({
          name: i.name,
          unit: i.unit,
          baselineYear: i.baseline.year,
          baseline: i.baseline.value,
          targets: stages.map((s) => i.targets[s.id] ?? null),
        })),
        programs: own,
      };
    });

  const style: NumberingStyle = m.paper?.numbering ?? "decimal";
  const ctx = { plan, locale: options.locale, stages, dimensions, programs };
  const chapterWord = typeof options.locale.chapter === "string" ? options.locale.chapter : "BAB";
  const chapters: ChapterModel[] = [...plan.chapters]
    .map((c) => c.data)
    .sort((a, b) => a.order - b.order)
    .map((c, index) => {
      const n = index + 1;
      const anchor = `bab-${n}`;
      const drafts: Draft[] = [
        ...(c.sections ?? []).flatMap((s) => entry(s, ctx)),
        ...(c.blocks ?? []).flatMap((kind) => blockSections(kind, ctx)),
      ];
      return {
        anchor,
        label: chapterLabel(chapterWord, n),
        title: c.title.toUpperCase(),
        intro: c.intro ?? null,
        sections: drafts.map((d, i) => numbered(d, style, n, [i + 1], anchor)),
      };
    });

  const toc: TocEntry[] = chapters.flatMap((c) => [
    { anchor: c.anchor, level: 1, label: c.label, title: c.title },
    ...c.sections.map((s) => ({ anchor: s.anchor, level: 2, label: s.number, title: s.title })),
  ]);
  const paperSize = options.paper ?? m.paper?.size ?? "f4";
  const regionFull = regionName(m);
  const heading = lampiranHeading(m);
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
    heading,
    signatory: { title: m.signatory.title, name: m.signatory.name },
    paper: {
      size: paperSize,
      ...PAPER[paperSize],
      margins: { ...DEFAULT_MARGINS, ...(m.paper?.margins_cm ?? {}) },
    },
    horizon: m.horizon,
    stages,
    chapters,
    toc,
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
