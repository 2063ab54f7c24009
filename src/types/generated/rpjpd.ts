/* DO NOT EDIT: generated from schemas/rpjpd.schema.json by `npm run gen:types`. */

export type VersiFormatFormatVersion = 1;
export type JudulTitle = string;
export type TahunAwalFirstYear = number;
export type TahunAkhirLastYear = number;
/**
 * Nomor Perda RPJPD; null bila belum diketahui. (Number of the RPJPD Perda; null when unknown.)
 */
export type PeraturanPenetapanEnactingRegulation = string | null;
export type TanggalPersetujuanApprovalDate = string | null;
/**
 * Kode OPD dari agencies.yaml yang menyediakan dokumen RPJPD; null bila belum diketahui. (Agency id of the planning agency that supplies the RPJPD texts.)
 */
export type PerangkatDaerahPerencanaPlanningAgency = Id | null;
export type Id = string;
/**
 * Teks visi resmi; null bila belum tersedia. (The official vision text; null until supplied.)
 */
export type VisiRPJPDRPJPDVision = string | null;
export type KodeMisiMissionId = string;
/**
 * Misalnya "Misi 1"; bawaan: nomor urut. (For example "Misi 1"; default: the position in the list.)
 */
export type LabelTercetakPrintedLabel = string;
export type TeksMisiMissionText = string | null;
export type MisiRPJPDRPJPDMissions = {
  id: KodeMisiMissionId;
  label?: LabelTercetakPrintedLabel;
  text: TeksMisiMissionText;
}[];
export type KodeSasaranGoalId = string;
/**
 * Misalnya "Misi 1"; bawaan: nomor urut. (For example "Misi 1"; default: the position in the list.)
 */
export type LabelTercetakPrintedLabel1 = string;
export type KodeMisiMissionId1 = string;
export type TeksSasaranGoalText = string | null;
/**
 * Slot sasaran yang dirujuk program melalui kolom rpjpd. (Goal slots that programs name in their rpjpd field.)
 */
export type SasaranPokokRPJPDRPJPDGoals = {
  id: KodeSasaranGoalId;
  label?: LabelTercetakPrintedLabel1;
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
  period?: PeriodeRPJPDRPJPDPeriod;
  regulation: PeraturanPenetapanEnactingRegulation;
  approved?: TanggalPersetujuanApprovalDate;
  planning_agency?: PerangkatDaerahPerencanaPlanningAgency;
}
export interface PeriodeRPJPDRPJPDPeriod {
  start: TahunAwalFirstYear;
  end: TahunAkhirLastYear;
}
export interface RPJMDYangBerjalanCurrentRPJMD {
  title: JudulTitle1;
  period?: PeriodeRPJMDRPJMDPeriod;
  theme?: TemaTheme;
  focus_areas: FokusPembangunanFocusAreas;
}
export interface PeriodeRPJMDRPJMDPeriod {
  start: TahunAwalFirstYear;
  end: TahunAkhirLastYear;
}
export interface Named {
  id: KodeId;
  name: NamaName;
}
