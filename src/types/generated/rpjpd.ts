/* DO NOT EDIT: generated from schemas/rpjpd.schema.json by `npm run gen:types`. */

export type VersiFormatFormatVersion = 1;
export type JudulTitle = string;
/**
 * Nomor Perda RPJPD; null bila belum diketahui. (Number of the RPJPD Perda; null when unknown.)
 */
export type PeraturanPenetapanEnactingRegulation = string | null;
export type TanggalPersetujuanApprovalDate = string | null;
/**
 * Teks visi resmi; null bila belum tersedia. (The official vision text; null until supplied.)
 */
export type VisiRPJPDRPJPDVision = string | null;
export type KodeMisiMissionId = string;
export type TeksMisiMissionText = string | null;
export type MisiRPJPDRPJPDMissions = {
  id: KodeMisiMissionId;
  text: TeksMisiMissionText;
}[];
export type KodeSasaranGoalId = string;
export type KodeMisiMissionId1 = string;
export type TeksSasaranGoalText = string | null;
/**
 * Slot sasaran yang dirujuk program melalui kolom rpjpd. (Goal slots that programs name in their rpjpd field.)
 */
export type SasaranPokokRPJPDRPJPDGoals = {
  id: KodeSasaranGoalId;
  mission: KodeMisiMissionId1;
  text: TeksSasaranGoalText;
}[];
export type JudulTitle1 = string;
export type TemaTheme = string | null;
export type KodeId = string;
export type NamaName = string;
export type FokusPembangunanFocusAreas = Named[];
export type PilarVisiIndonesiaDigital2045VisiIndonesiaDigital2045Pillars = Named[];

/**
 * Berkas rpjpd.yaml: visi, misi dan sasaran RPJPD, fokus RPJMD, dan pilar Visi Indonesia Digital 2045, sebagai sasaran keterlacakan program. (rpjpd.yaml: the RPJPD vision, missions and goals, RPJMD focus areas and Visi Indonesia Digital 2045 pillars that programs trace to.)
 */
export interface RpjpdInput {
  schema_version: VersiFormatFormatVersion;
  document: DokumenRPJPDRPJPDDocument;
  vision: VisiRPJPDRPJPDVision;
  missions: MisiRPJPDRPJPDMissions;
  goals: SasaranPokokRPJPDRPJPDGoals;
  rpjmd?: RPJMDYangBerjalanCurrentRPJMD;
  digital_pillars?: PilarVisiIndonesiaDigital2045VisiIndonesiaDigital2045Pillars;
}
export interface DokumenRPJPDRPJPDDocument {
  title: JudulTitle;
  regulation: PeraturanPenetapanEnactingRegulation;
  approved?: TanggalPersetujuanApprovalDate;
}
export interface RPJMDYangBerjalanCurrentRPJMD {
  title: JudulTitle1;
  theme?: TemaTheme;
  focus_areas: FokusPembangunanFocusAreas;
}
export interface Named {
  id: KodeId;
  name: NamaName;
}
