/* DO NOT EDIT: generated from schemas/readiness.schema.json by `npm run gen:types`. */

export type VersiFormatFormatVersion = 1;
/**
 * Tanggal ISO (YYYY-MM-DD); null bila belum dinilai. (ISO date; null when not assessed yet.)
 */
export type TanggalPenilaianDateOfTheAssessment = string | null;
/**
 * Tim atau lembaga yang menilai. (The team or body that scored.)
 */
export type PenilaiAssessor = string | null;
/**
 * @minItems 1
 */
export type PilarKesiapanReadinessPillars = [
  {
    id: KodePilarPillarId;
    name: NamaPilarPillarName;
    elements: ElemenYangDinilaiElementsScored;
  },
  ...{
    id: KodePilarPillarId;
    name: NamaPilarPillarName;
    elements: ElemenYangDinilaiElementsScored;
  }[]
];
export type KodePilarPillarId = "struktur" | "infrastruktur" | "suprastruktur" | "alam" | "budaya";
export type NamaPilarPillarName = string;
/**
 * @minItems 1
 */
export type ElemenYangDinilaiElementsScored = [
  {
    id: KodeElemenElementId;
    name: NamaElemenElementName;
    score: Nilai04Score04;
    evidence: BuktiEvidence;
    source: SumberBuktiSourceOfTheEvidence;
    proposed?: NilaiUsulanPenyusunScoreProposedByTheDraftingTeam;
  },
  ...{
    id: KodeElemenElementId;
    name: NamaElemenElementName;
    score: Nilai04Score04;
    evidence: BuktiEvidence;
    source: SumberBuktiSourceOfTheEvidence;
    proposed?: NilaiUsulanPenyusunScoreProposedByTheDraftingTeam;
  }[]
];
export type KodeElemenElementId = string;
export type NamaElemenElementName = string;
/**
 * 0 belum ada, 4 sangat siap; null bila belum dinilai. (0 none, 4 fully ready; null when not scored yet.)
 */
export type Nilai04Score04 = number | null;
/**
 * Apa yang menunjukkan nilai itu. (What shows the score.)
 */
export type BuktiEvidence = string | null;
export type SumberBuktiSourceOfTheEvidence = string | null;
/**
 * true bila nilai ini usulan tim penyusun dari sumber publik, menunggu penilaian tim penilai. (true when the drafting team proposed the score from public sources, pending the assessors.)
 */
export type NilaiUsulanPenyusunScoreProposedByTheDraftingTeam = boolean;

/**
 * Berkas readiness.yaml: penilaian kesiapan daerah per pilar (Struktur, Infrastruktur, Suprastruktur, dan bila ada alam dan budaya), tiap elemen dinilai 0–4 dengan bukti dan sumbernya. Dipakai Buku Saku Kesiapan dan Bab II masterplan. (readiness.yaml: the region's readiness per pillar, each element scored 0–4 with evidence and source. Used by the readiness booklet and the masterplan's Bab II.)
 */
export interface ReadinessInput {
  schema_version: VersiFormatFormatVersion;
  assessed?: TanggalPenilaianDateOfTheAssessment;
  assessor?: PenilaiAssessor;
  pillars: PilarKesiapanReadinessPillars;
}
