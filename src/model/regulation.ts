import { regionWords } from "../text/region-words.js";
import { roman } from "../text/roman.js";
import { tanggal } from "../text/tanggal.js";
import { terbilang } from "../text/terbilang.js";
import type { RegulationInput } from "../types/generated/regulation.js";
import type { PlanSources } from "../validate/plan-sources.js";
import { glossaryEntries } from "./glossary.js";
import { lampiranHeading, regionName } from "./heading.js";
import { word, type Locale, type Words } from "./locale.js";

/** A numbered item: a consideration "a.", a legal basis "1.", an ayat "(1)". */
export interface Item {
  label: string;
  text: string;
  /** Its own list ("a. …"), printed under it. */
  items?: Item[];
}

export interface Article {
  label: string;
  /** One text, or ayat. */
  paragraphs: Item[];
}

/**
 * The regulation that enacts the masterplan (its batang tubuh), per UU 12/2011 Lampiran II:
 * the fixed formulas from the locale, the plan's own parts from regulation.yaml, the numbers and
 * the title from the manifest, so they agree with the Lampiran's heading. Unknown facts are the
 * visible blank.
 */
export interface RegulationModel {
  perda: boolean;
  /** "BUPATI PURBALINGGA" and "PROVINSI JAWA TENGAH" above the title. */
  kop: { head: string; province: string | null };
  title: { regulation: string; number: string; about: string };
  /** "BUPATI PURBALINGGA,": who enacts it. */
  enactor: string;
  considerations: Item[];
  recalling: Item[];
  /** A Perda's joint approval of the DPRD and the head of region; null for a Perbup or Perwal. */
  approval: { dprd: string; head: string } | null;
  enact: string;
  chapters: Array<{ label: string; title: string; articles: Article[] }>;
  closing: {
    enacted: string[];
    signatory: { title: string; name: string | null };
    promulgated: string[];
    secretary: { title: string; name: string | null };
    gazette: string;
    noreg: string | null;
  };
  explanation: {
    title: string[];
    general: string | null;
    articles: Array<{ label: string; text: string }>;
    supplement: string;
  } | null;
  note: string | null;
}

export function regulationModel(
  plan: PlanSources,
  locale: Locale,
  draft: boolean,
): RegulationModel {
  const m = plan.manifest.data;
  const r: Partial<RegulationInput> = plan.regulation?.data ?? {};
  const words: Words | undefined = locale.raperda;
  const blank = locale.blank;
  const region = regionWords(m.region.kind);
  const perda = m.legal.regulation === "perda";
  const headTitle = (m.region.head_title ?? region.head).toUpperCase();
  const heading = lampiranHeading(m);
  const kind = perda ? word(words, "perda") : region.headRegulation;
  const w = (key: string, vars: Record<string, string | null> = {}) =>
    word(words, key, {
      kind,
      region: `${region.region} ${m.region.name}`,
      REGION: regionName(m),
      head: region.head,
      HEAD: headTitle,
      ...vars,
    });
  const about = heading.about;
  const number = w("number", {
    number: heading.number === null ? blank : String(heading.number),
    year: heading.year === null ? blank : String(heading.year),
  });
  const articles = batangTubuh(plan, r, w, { perda, blank });
  return {
    perda,
    kop: {
      head: `${headTitle} ${m.region.name.toUpperCase()}`,
      province: m.region.province ? w("province", { name: m.region.province.toUpperCase() }) : null,
    },
    title: { regulation: heading.regulation, number, about },
    enactor: `${headTitle} ${m.region.name.toUpperCase()},`,
    // Nothing written yet: a blank consideration and basis, never words the plan did not give.
    considerations: considerations(
      (r.considerations?.length ? r.considerations : [null]).map(
        (c) => c ?? w("blankConsideration", { blank }),
      ),
      w,
      about,
    ),
    recalling: recalling(r.legal_basis ?? [], w, blank),
    approval: perda
      ? { dprd: w("dprd"), head: `${headTitle} ${m.region.name.toUpperCase()}` }
      : null,
    enact: `${w("enactKind", { KIND: kind.toUpperCase() })} ${about}.`,
    chapters: articles,
    closing: closing(plan, r, w, { perda, blank, headTitle }),
    explanation: perda
      ? {
          title: [w("explanationOf", { KIND: kind.toUpperCase() }), number, w("about"), about],
          general: r.explanation ?? null,
          articles: articles
            .flatMap((c) => c.articles)
            .map((a) => ({ label: a.label, text: w("clear") })),
          supplement: w("supplementLine", {
            number: r.promulgation?.supplement_number?.toString() ?? blank,
          }),
        }
      : null,
    note: draft ? (r.note ?? null) : null,
  };
}

type W = (key: string, vars?: Record<string, string | null>) => string;

/** Mengingat: Pasal 18 ayat (6) UUD 1945, then each law with where it was promulgated. */
function recalling(basis: RegulationInput["legal_basis"], w: W, blank: string): Item[] {
  const laws = (basis.length ? basis : [null]).map((b) =>
    b
      ? [b.title ?? blank, b.amended, gazette(b.gazette, w, blank)].filter(Boolean).join(" ")
      : blank,
  );
  return [w("constitution"), ...laws].map((text, i, all) => ({
    label: `${i + 1}.`,
    text: `${text}${i === all.length - 1 ? "." : ";"}`,
  }));
}

/** a., b., … and the fixed last one that names them all. */
function considerations(own: readonly string[], w: W, about: string): Item[] {
  // "huruf a", "huruf a dan huruf b", "huruf a, huruf b, dan huruf c" (UU 12/2011 Lampiran II).
  const letters = own.map((_, i) => w("letter", { letter: String.fromCharCode(97 + i) }));
  const named =
    letters.length < 3
      ? letters.join(` ${w("and")} `)
      : `${letters.slice(0, -1).join(", ")}, ${w("and")} ${letters.at(-1)!}`;
  const last = w("lastConsideration", { letters: named, about: titleCase(about) });
  return [...own, last].map((text, i) => ({
    label: `${String.fromCharCode(97 + i)}.`,
    text: `${text};`,
  }));
}

/** "(Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan … Nomor 5587)". */
function gazette(
  g: NonNullable<RegulationInput["legal_basis"][number]["gazette"]> | null,
  w: W,
  blank: string,
): string {
  if (g === null) return w("gazetteUnknown", { blank });
  const n = (v: number | null | undefined) => (v === null || v === undefined ? blank : String(v));
  if (g.kind === "berita-negara") return w("bnCitation", { year: n(g.year), number: n(g.number) });
  if (g.kind === "lembaran-daerah")
    return w("ldCitation", { year: n(g.year), number: n(g.number), supplement: n(g.supplement) });
  // A Peraturan Presiden has no Tambahan: no `supplement` key, rather than an unknown one.
  if (g.supplement === undefined)
    return w("lnCitationOnly", { year: n(g.year), number: n(g.number) });
  return w("lnCitation", { year: n(g.year), number: n(g.number), supplement: n(g.supplement) });
}

/** "MASTERPLAN SMART CITY …" as it reads inside a sentence: capitals for each word. */
function titleCase(about: string): string {
  return about
    .toLowerCase()
    .replace(/(^|[\s(/-])(\p{L})/gu, (_, before: string, c: string) => before + c.toUpperCase());
}

function batangTubuh(
  plan: PlanSources,
  r: Partial<RegulationInput>,
  w: W,
  o: { perda: boolean; blank: string },
): RegulationModel["chapters"] {
  const definitions = ketentuanUmum(plan, r, w, o);
  const chapters = sistematika(plan, w);
  const review = r.review_years ?? null;
  let n = 0;
  const pasal = (paragraphs: Item[]): Article => ({
    label: w("article", { n: String(++n) }),
    paragraphs,
  });
  const ayat = (texts: Array<string | Item>): Item[] =>
    texts.map((t, i) =>
      typeof t === "string" ? { label: `(${i + 1})`, text: t } : { ...t, label: `(${i + 1})` },
    );
  return [
    {
      label: `${w("bab")} I`,
      title: w("generalProvisions"),
      articles: [pasal([{ label: "", text: w("definitionsLead"), items: definitions }])],
    },
    {
      label: `${w("bab")} II`,
      title: w("masterplanChapter"),
      articles: [
        pasal(
          ayat([
            w("purpose", { purpose: r.purpose ?? o.blank }),
            { label: "", text: w("contents"), items: chapters },
            // "Lampiran I" when the regulation has several, as the Lampiran's own heading says.
            w("attached", {
              lampiran: [w("lampiran"), plan.manifest.data.legal.attachment]
                .filter(Boolean)
                .join(" "),
            }),
          ]),
        ),
        pasal(
          ayat([
            w("review", {
              years: review === null ? o.blank : String(review),
              yearsWords: review === null ? o.blank : terbilang(review),
            }),
            w("update"),
            o.perda ? w("delegation") : w("delegationOwn"),
          ]),
        ),
      ],
    },
    {
      label: `${w("bab")} III`,
      title: w("closingProvisions"),
      articles: [
        pasal([
          { label: "", text: w("inForce") },
          {
            label: "",
            text: w("promulgate", { gazette: o.perda ? w("gazettePerda") : w("gazetteHead") }),
          },
        ]),
      ],
    },
  ];
}

/** Pasal 1: the standard definitions, then the plan's own (the glossary's meaning where none is given). */
function ketentuanUmum(
  plan: PlanSources,
  r: Partial<RegulationInput>,
  w: W,
  o: { perda: boolean; blank: string },
): Item[] {
  const m = plan.manifest.data;
  const glossary = new Map(glossaryEntries(plan).map((e) => [e.term.toLowerCase(), e.meaning]));
  const standard = [
    w("defDaerah"),
    w("defPemda"),
    w("defHead", { name: m.region.name }),
    ...(o.perda ? [w("defDprd")] : []),
    w("defOpd"),
    w("defMasterplan", {
      title: titleCase(lampiranHeading(m).about),
      start: String(m.horizon.start),
      end: String(m.horizon.end),
    }),
  ];
  const own = (r.definitions ?? []).map((d) => {
    const meaning = d.meaning ?? glossary.get(d.term.toLowerCase()) ?? o.blank;
    const short = d.short ? ` ${w("shortForm", { short: d.short })}` : "";
    return `${d.term}${short} ${w("is")} ${meaning.replace(/[.;\s]+$/, "")}.`;
  });
  return [...standard, ...own].map((text, i) => ({ label: `${i + 1}.`, text }));
}

/** The Lampiran's chapters as the masterplan has them: "a. BAB I Pendahuluan;" … "dan k. …". */
function sistematika(plan: PlanSources, w: W): Item[] {
  return [...plan.chapters]
    .map((c) => c.data)
    .sort((a, b) => a.order - b.order)
    .map((c, i, all) => ({
      label: `${String.fromCharCode(97 + i)}.`,
      text: `${w("bab")} ${roman(i + 1)} ${c.title}${i === all.length - 1 ? "." : i === all.length - 2 ? `; ${w("and")}` : ";"}`,
    }));
}

function closing(
  plan: PlanSources,
  r: Partial<RegulationInput>,
  w: W,
  o: { perda: boolean; blank: string; headTitle: string },
): RegulationModel["closing"] {
  const m = plan.manifest.data;
  const p = r.promulgation ?? {};
  const capital = r.capital ?? o.blank;
  const day = (d: string | null | undefined) => (d ? tanggal(d) : o.blank);
  const year = p.promulgated ? p.promulgated.slice(0, 4) : o.blank;
  return {
    enacted: [w("enactedAt", { capital }), w("onDate", { date: day(p.enacted) })],
    signatory: { title: `${o.headTitle} ${m.region.name.toUpperCase()},`, name: m.signatory.name },
    promulgated: [w("promulgatedAt", { capital }), w("onDate", { date: day(p.promulgated) })],
    secretary: { title: w("secretary"), name: r.secretary ?? null },
    gazette: w("gazetteLine", {
      GAZETTE: (o.perda ? w("gazettePerda") : w("gazetteHead")).toUpperCase(),
      year,
      number: p.gazette_number?.toString() ?? o.blank,
    }),
    noreg: o.perda
      ? w("noreg", {
          KIND: w("perda").toUpperCase(),
          PROVINCE: (m.region.province ?? o.blank).toUpperCase(),
          noreg: p.noreg ?? o.blank,
        })
      : null,
  };
}
