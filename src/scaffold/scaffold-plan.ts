import { stringify } from "yaml";
import { formatSource } from "../format/format-source.js";
import type { FileKind } from "../load/load-plan.js";
import { regionWords, type RegionKind } from "../text/region-words.js";
import { roman } from "../text/roman.js";
import { SCHEMA_FILES, schemaFor } from "../validate/schema-check.js";
import type { Starter } from "./starter-content.js";

export interface ScaffoldOptions {
  /** The region's name without its kind: "Contoh" for Kota Contoh. */
  region: string;
  kind: RegionKind;
  province: string | null;
  /** The masterplan's own horizon; without it, the RPJPN's 2025–2045 and its four stages. */
  horizon?: { start: number; end: number } | undefined;
  /** The length of a stage inside `horizon`, in years (default 5). */
  stageYears?: number | undefined;
  /** The regulation the masterplan is attached to (default perda). */
  regulation?: "perda" | "perbup" | "perwali" | undefined;
}

/**
 * Stages of `years` each across a horizon, named Tahap I, II, ...: a remainder shorter than half a
 * stage joins the last one (as the RPJPN's 2040–2045 does), a longer one is a stage of its own.
 */
export function splitStages(
  horizon: { start: number; end: number },
  years: number,
): Array<{ id: string; name: string; start: number; end: number }> {
  const length = horizon.end - horizon.start + 1;
  let count = Math.floor(length / years);
  const rest = length - count * years;
  if (count === 0 || rest * 2 >= years) count += 1;
  return Array.from({ length: count }, (_, i) => {
    const start = horizon.start + i * years;
    const end = i === count - 1 ? horizon.end : start + years - 1;
    return { id: `tahap-${i + 1}`, name: `Tahap ${roman(i + 1)}`, start, end };
  });
}

/** A file to write: its path relative to the plan folder, and its text. */
export interface ScaffoldFile {
  rel: string;
  text: string;
}

/**
 * "Kota Contoh" → kind kota and name "Contoh"; "Contoh" → no kind. A kind given on the command
 * line must agree with the one in the name.
 */
export function parseRegion(text: string): { kind: RegionKind | null; name: string } {
  const m = /^\s*(kabupaten|kab\.|kota)\s+(\S.*?)\s*$/i.exec(text);
  if (!m) return { kind: null, name: text.trim() };
  return { kind: m[1]!.toLowerCase() === "kota" ? "kota" : "kabupaten", name: m[2]! };
}

/** "Kota Contoh Baru" → "contoh-baru": an id for file names. */
export function slug(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "daerah"
  );
}

/** A YAML file in canonical form, with the schema modeline and a header comment. */
export function yamlFile(
  kind: FileKind,
  rel: string,
  data: unknown,
  comment: string[] = [],
): ScaffoldFile {
  const depth = rel.split("/").length - 1;
  const modeline = `# yaml-language-server: $schema=${"../".repeat(depth)}schemas/${SCHEMA_FILES[kind]}`;
  // A comment line stays one line, whatever text it quotes.
  const lines = comment.map((c) => `# ${c.replace(/[\p{Cc}\u2028\u2029]/gu, " ")}`);
  const text = [modeline, ...lines, stringify(data, { lineWidth: 0 })].join("\n");
  const formatted = formatSource(rel, new TextEncoder().encode(text), schemaFor(kind)).text;
  if (formatted === null) throw new Error(`scaffold: ${rel} does not parse`);
  return { rel, text: formatted };
}

/**
 * A complete masterplan for a new region: manifest (a draft), agencies, RPJPD with the four
 * national stages, glossary, the six dimensions with their elements, chapter stubs and one
 * example program per dimension. Every fact of the region is null, a visible blank, until the
 * analyst fills it in; only national facts (stages, Visi Indonesia Digital 2045, the laws of the
 * legal basis) are written out. Schemas travel in `schemas/`, so editors check the files
 * wherever the folder goes.
 */
export function scaffoldPlan(o: ScaffoldOptions, starter: Starter): ScaffoldFile[] {
  const full = `${regionWords(o.kind).region} ${o.region}`;
  // The RPJPD follows the RPJPN's twenty years; the masterplan may have a horizon of its own.
  const national = { start: starter.stages[0]!.start, end: starter.stages.at(-1)!.end };
  const horizon = o.horizon ?? national;
  const stages = o.horizon ? splitStages(o.horizon, o.stageYears ?? 5) : starter.stages;
  return [
    manifestFile(o, { full, horizon, stages }),
    yamlFile("agencies", "agencies.yaml", { schema_version: 1, agencies: [] }, [
      "Perangkat daerah yang menjadi pengampu atau pendukung program: id, name, abbreviation.",
      "Singkatannya masuk ke Daftar Istilah dan Singkatan.",
    ]),
    rpjpdFile(starter, full, national),
    regulationFile(o, starter),
    yamlFile("glossary", "glossary.yaml", { schema_version: 1, terms: starter.glossary }, [
      "Istilah dan singkatan; istilah asing (foreign: true) dicetak miring di seluruh dokumen.",
    ]),
    ...starter.dimensions.map((d, i) =>
      yamlFile(
        "dimension",
        `dimensions/${d.id}.yaml`,
        {
          schema_version: 1,
          id: d.id,
          order: i + 1,
          name: d.name,
          coordinator: null,
          description: null,
          elements: d.elements.map((e) => ({ id: e.id, name: e.name, english: e.english })),
          goals: [],
          indicators: [],
        },
        ["Tujuan dan indikator dimensi diisi dari hasil diskusi kelompok terpumpun dimensi ini."],
      ),
    ),
    ...chapterFiles(starter, full, national),
    ...starter.dimensions.map((d) =>
      yamlFile(
        "program",
        `programs/${d.id}/contoh-${d.id}.yaml`,
        exampleProgram(d.id, d.name, d.elements[0]!.id),
        [
          "CONTOH dari masterplan init: ganti isi berkas ini dengan program yang sebenarnya, atau",
          "hapus berkasnya. Tambah program dengan `masterplan new program <dimensi> <id>`.",
        ],
      ),
    ),
  ];
}

/** regulation.yaml: the raperda's own parts, every fact null; a Perbup has no Penjelasan or NOREG. */
function regulationFile(o: ScaffoldOptions, starter: Starter): ScaffoldFile {
  return yamlFile(
    "regulation",
    "regulation.yaml",
    {
      schema_version: 1,
      capital: null,
      considerations: [null],
      legal_basis: [{ title: null, gazette: null }, ...starter.regulation_basis],
      definitions: [],
      purpose: null,
      review_years: null,
      ...(o.regulation && o.regulation !== "perda" ? {} : { explanation: null }),
      secretary: null,
      promulgation: {
        enacted: null,
        promulgated: null,
        gazette_number: null,
        ...(o.regulation && o.regulation !== "perda"
          ? {}
          : { supplement_number: null, noreg: null }),
      },
    },
    [
      "Bagian peraturan yang menetapkan masterplan (masterplan build --doc raperda) selain rumusan",
      "baku UU 12/2011 Lampiran II. Pertama di dasar hukum: undang-undang pembentukan daerah ini.",
    ],
  );
}

type Horizon = { start: number; end: number };

function manifestFile(
  o: ScaffoldOptions,
  plan: { full: string; horizon: Horizon; stages: Starter["stages"] },
): ScaffoldFile {
  const { full, horizon, stages } = plan;
  return yamlFile(
    "manifest",
    "masterplan.yaml",
    {
      schema_version: 1,
      name: `masterplan-smart-city-${slug(o.region)}`,
      region: { kind: o.kind, name: o.region, province: o.province },
      title: `Masterplan Smart City ${full} Tahun ${horizon.start}–${horizon.end}`,
      horizon,
      stages: stages.map((s) => ({ ...s, theme: null })),
      vision: { text: null, missions: [] },
      legal: {
        status: "rancangan",
        regulation: o.regulation ?? "perda",
        number: null,
        year: null,
      },
      signatory: { title: `${regionWords(o.kind).head} ${o.region}`.toUpperCase(), name: null },
      governance: { decree: null, coordinator: null, bodies: [] },
      paper: {
        size: "f4",
        margins_cm: { top: 2.5, bottom: 2.5, left: 3, right: 2 },
        numbering: "decimal",
      },
      outputs: ["html", "pdf"],
    },
    [
      `Manifes masterplan ${full}, dibuat oleh masterplan init.`,
      "Setiap null adalah fakta yang belum diketahui: dokumen menampilkannya sebagai titik-titik dan",
      o.horizon
        ? `\`masterplan validate\` mengingatkannya. Tahapan masterplan: ${stages.length} tahap dalam ${horizon.start}–${horizon.end}.`
        : "`masterplan validate` mengingatkannya. Tahapan mengikuti RPJPN 2025–2045 (UU 59/2024).",
    ],
  );
}

function rpjpdFile(starter: Starter, full: string, horizon: Horizon): ScaffoldFile {
  return yamlFile(
    "rpjpd",
    "rpjpd.yaml",
    {
      schema_version: 1,
      document: {
        title: `Rencana Pembangunan Jangka Panjang Daerah ${full} Tahun ${horizon.start}–${horizon.end}`,
        period: horizon,
        regulation: null,
        approved: null,
        planning_agency: null,
      },
      vision: null,
      missions: [],
      goals: [],
      digital_pillars: starter.digital_pillars,
    },
    [
      "Visi, misi dan sasaran RPJPD yang ditelusuri program: isi teksnya dari dokumen resmi.",
      "Tambahkan `rpjmd:` (title, period, theme, focus_areas) bila RPJMD yang berjalan telah ada.",
    ],
  );
}

/** The chapter stubs: each section a drafting note to write, the legal basis written out. */
function chapterFiles(starter: Starter, full: string, horizon: Horizon): ScaffoldFile[] {
  return starter.chapters.map((c, i) => {
    const id = `${String(i + 1).padStart(2, "0")}-${c.id}`;
    const sections = (c.sections ?? []).map((s) =>
      "block" in s
        ? s
        : {
            title: s.title,
            ...(s.id === "dasar-hukum"
              ? {
                  body: legalBasis(starter.legal_basis, full, horizon),
                  note: "Lengkapi nomor dan tahun Peraturan Daerah tentang RPJPD.",
                }
              : { note: "Bagian ini belum ditulis." }),
          },
    );
    return yamlFile("chapter", `chapters/${id}.yaml`, {
      schema_version: 1,
      id,
      order: i + 1,
      title: c.title,
      ...(sections.length ? { sections } : {}),
      ...(c.blocks?.length ? { blocks: c.blocks } : {}),
    });
  });
}

/** The legal basis as a numbered list, ending with the region's Perda on its RPJPD. */
function legalBasis(
  laws: readonly string[],
  region: string,
  horizon: { start: number; end: number },
): string {
  const own = `Peraturan Daerah ${region} Nomor ……… Tahun ……… tentang Rencana Pembangunan Jangka Panjang Daerah ${region} Tahun ${horizon.start}–${horizon.end}`;
  const items = [...laws, own];
  return items
    .map(
      (law, i) =>
        `${i + 1}. ${law}${i === items.length - 1 ? "." : i === items.length - 2 ? "; dan" : ";"}`,
    )
    .join("\n");
}

function exampleProgram(dimension: string, dimensionName: string, element: string) {
  return {
    schema_version: 1,
    id: `contoh-${dimension}`,
    name: `Contoh Program ${dimensionName}`,
    dimension,
    element,
    description: "Contoh program. Ganti uraian ini dengan rencana program yang sebenarnya.",
    lead_agency: null,
    supporting_agencies: [],
    quick_win: false,
    years: { start: null, end: null },
    budget: null,
    indicators: [],
    rpjpd: [],
    depends_on: [],
    status: null,
    progress: null,
  };
}

/**
 * A new program file with every required key: nulls where a fact is still to be written, the
 * years too, so validate warns rather than fails and no document prints years nobody chose.
 */
export function newProgram(options: { id: string; dimension: string; modeline: string }): string {
  const data = {
    schema_version: 1,
    id: options.id,
    name: null,
    dimension: options.dimension,
    element: null,
    description: null,
    lead_agency: null,
    supporting_agencies: [],
    quick_win: false,
    years: { start: null, end: null },
    budget: null,
    indicators: [],
    rpjpd: [],
    depends_on: [],
    status: null,
    progress: null,
  };
  const text = [
    `# yaml-language-server: $schema=${options.modeline}`,
    "# Program baru: isi setiap null, termasuk tahun pelaksanaan, lalu jalankan `masterplan validate`.",
    stringify(data, { lineWidth: 0 }),
  ].join("\n");
  return formatSource(`${options.id}.yaml`, new TextEncoder().encode(text), schemaFor("program"))
    .text!;
}
