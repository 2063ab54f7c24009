import { regionWords } from "../text/region-words.js";
import type { ManifestInput } from "../types/generated/manifest.js";
import type { HeadingModel } from "./document-model.js";

/** "KABUPATEN PURBALINGGA" or "KOTA ...". */
export function regionName(m: ManifestInput): string {
  return `${regionWords(m.region.kind).region} ${m.region.name}`.toUpperCase();
}

/**
 * The Lampiran heading block (UU 12/2011 Lampiran II): wording switched by status and
 * regulation type. A draft says RANCANGAN and leaves the number blank.
 */
export function lampiranHeading(m: ManifestInput): HeadingModel {
  const draft = m.legal.status === "rancangan";
  const head = (m.region.head_title ?? regionWords(m.region.kind).head).toUpperCase();
  const regulation =
    m.legal.regulation === "perda"
      ? `PERATURAN DAERAH ${regionName(m)}`
      : `PERATURAN ${head} ${m.region.name.toUpperCase()}`;
  return {
    lampiran: m.legal.attachment ? `LAMPIRAN ${m.legal.attachment}` : "LAMPIRAN",
    regulation: draft ? `RANCANGAN ${regulation}` : regulation,
    number: draft ? null : (m.legal.number ?? null),
    year: draft ? null : (m.legal.year ?? null),
    about: (m.legal.about ?? m.title).toUpperCase(),
  };
}
