/* DO NOT EDIT: generated from schemas/manifest.schema.json by `npm run gen:types`. */

/**
 * Versi format berkas sumber, agar berkas lama dapat dimigrasikan. (Source format version, so old files can be migrated.)
 */
export type VersiFormatFormatVersion = 1;
/**
 * Nama dasar berkas HTML dan PDF di dist/, paling panjang 150 karakter agar muat sebagai nama berkas. (Base name of the HTML and PDF files in dist/, at most 150 characters so that it fits a file name.)
 */
export type NamaBerkasKeluaranOutputFileName = string;
export type JenisDaerahRegionKind = "kabupaten" | "kota";
/**
 * Tanpa "Kabupaten" atau "Kota"; huruf terlihat di awal dan akhir, paling panjang 100 karakter. (Without "Kabupaten" or "Kota"; visible characters first and last, at most 100 characters.)
 */
export type NamaDaerahRegionName = string;
/**
 * null bila belum diisi. (null while not filled in.)
 */
export type ProvinsiProvince = string | null;
/**
 * Bawaan: BUPATI untuk kabupaten, WALI KOTA untuk kota. (Default: BUPATI for a kabupaten, WALI KOTA for a kota.)
 */
export type JabatanKepalaDaerahTitleOfTheHeadOfRegion = string;
export type JumlahKecamatanDistricts = number | null;
export type JumlahDesaVillages = number | null;
export type JumlahKelurahanUrbanVillages = number | null;
export type LuasWilayahKmAreaKm = number | null;
export type JumlahPendudukPopulation = number | null;
export type TahunDataPendudukPopulationYear = number | null;
export type IndeksSPBESPBEIndex = number | null;
export type TahunIndeksSPBESPBEIndexYear = number | null;
/**
 * Dicetak sebagai baris sumber di bawah tabel, misalnya "BPS, 2024". (Printed as the table's source line.)
 */
export type SumberDataDataSource = string | null;
/**
 * Judul masterplan seperti tertulis pada lampiran. (The masterplan title as it appears in the attachment.)
 */
export type JudulDokumenDocumentTitle = string;
export type TahunAwalFirstYear = number;
export type TahunAkhirLastYear = number;
/**
 * Tahapan masterplan sendiri, berurutan dan tidak tumpang tindih; bukan tahapan RPJPD, walaupun biasanya mengikutinya. (The masterplan's own stages, in order and not overlapping; not the RPJPD's, though they usually follow it.)
 *
 * @minItems 1
 */
export type TahapanMasterplanMasterplanStages = [
  {
    id: KodeTahapStageId;
    name: NamaTahapStageName;
    start: TahunAwalFirstYear1;
    end: TahunAkhirLastYear1;
    theme?: TemaTahapStageTheme;
    directions?: ArahKebijakanTahapPolicyDirectionsOfTheStage;
    deferred?: DiserahkanKePeninjauanBerikutnyaLeftToTheNextReview;
    proposed?: ArahUsulanPenyusunProposedByTheDraftingTeam;
  },
  ...{
    id: KodeTahapStageId;
    name: NamaTahapStageName;
    start: TahunAwalFirstYear1;
    end: TahunAkhirLastYear1;
    theme?: TemaTahapStageTheme;
    directions?: ArahKebijakanTahapPolicyDirectionsOfTheStage;
    deferred?: DiserahkanKePeninjauanBerikutnyaLeftToTheNextReview;
    proposed?: ArahUsulanPenyusunProposedByTheDraftingTeam;
  }[]
];
/**
 * Huruf kecil, angka dan tanda hubung. (Lower-case letters, digits and hyphens.)
 */
export type KodeTahapStageId = string;
export type NamaTahapStageName = string;
export type TahunAwalFirstYear1 = number;
export type TahunAkhirLastYear1 = number;
export type TemaTahapStageTheme = string | null;
/**
 * Arah kebijakan smart city pada tahap ini, satu butir per arah; boleh kosong bila programnya sudah dirinci. (The stage's policy directions, one item each.)
 */
export type ArahKebijakanTahapPolicyDirectionsOfTheStage = string[];
/**
 * Kalimat yang menyatakan bahwa program tahap ini ditetapkan pada peninjauan masterplan berikutnya. (A sentence saying that this stage's programs are left to the next review of the masterplan.)
 */
export type DiserahkanKePeninjauanBerikutnyaLeftToTheNextReview = string | null;
/**
 * true bila tema dan arah kebijakan tahap ini usulan tim penyusun. (true when the stage's theme and directions are the drafting team's proposal.)
 */
export type ArahUsulanPenyusunProposedByTheDraftingTeam = boolean;
/**
 * null bila belum dirumuskan. (null while not yet worded.)
 */
export type RumusanVisiVisionStatement = string | null;
/**
 * Satu butir per misi, berurutan; null untuk misi yang belum dirumuskan. (One item per mission, in order; null for one not yet worded.)
 */
export type MisiMissions = (string | null)[];
/**
 * true bila visi dan misi ini usulan tim penyusun yang belum disepakati. (true when the vision and missions are the drafting team's proposal.)
 */
export type RumusanUsulanPenyusunProposedByTheDraftingTeam = boolean;
/**
 * rancangan: draf, NOMOR dikosongkan; ditetapkan: nomor diisi. (rancangan: a draft with a blank number; ditetapkan: enacted, number filled.)
 */
export type StatusStatus = "rancangan" | "ditetapkan";
/**
 * perda: Peraturan Daerah; perbup: Peraturan Bupati (kabupaten); perwali: Peraturan Wali Kota (kota). (perda: regional regulation; perbup: regent regulation; perwali: mayor regulation.)
 */
export type JenisProdukHukumRegulationType = "perda" | "perbup" | "perwali";
/**
 * Kosongkan (null) selama masih rancangan. (Leave null while the regulation is a draft.)
 */
export type NomorNumber = string | null;
/**
 * Kosongkan (null) selama masih rancangan. (Leave null while the regulation is a draft.)
 */
export type TahunYear = Year | null;
export type Year = number;
/**
 * Tanggal naskah rancangan ini, YYYY-MM-DD: dirujuk daftar perubahan ("Rancangan tanggal 14 Oktober 2026") dan menjadi acuan tanggal yang telah lewat. (The date of this draft: the change annex cites it, and dates before it are in the past.)
 */
export type TanggalRancanganDateOfTheDraft = string | null;
/**
 * Diisi I, II, ... bila peraturan memiliki beberapa lampiran. (I, II, ... when the regulation has several attachments.)
 */
export type NomorLampiranAttachmentNumeral = string | null;
/**
 * Teks setelah TENTANG pada kepala lampiran; bawaan: judul dokumen. (Text after TENTANG in the heading; defaults to the title.)
 */
export type TentangSubjectOfTheRegulation = string | null;
/**
 * Mis. KEPALA BAGIAN HUKUM SEKRETARIAT DAERAH KABUPATEN …
 */
export type JabatanTitle = string | null;
/**
 * null bila belum diketahui. (null when not known.)
 */
export type NamaName = string | null;
/**
 * Mis. Pembina Tk. I; null bila belum diketahui. (null when not known.)
 */
export type PangkatRank = string | null;
/**
 * 18 angka; null bila belum diketahui. (18 digits; null when not known.)
 */
export type NIP = string | null;
/**
 * Jabatan dan nama daerah dalam huruf kapital, misalnya BUPATI CONTOH atau WALI KOTA CONTOH. (Office and region in capitals.)
 */
export type JabatanOffice = string;
/**
 * Huruf kapital; null bila belum diketahui. (In capitals; null when not known.)
 */
export type NamaLengkapTanpaGelarFullNameWithoutAcademicTitles = string | null;
/**
 * Keputusan kepala daerah yang membentuk kelembagaan; null bila belum ada. (The decree that set up the bodies; null when there is none yet.)
 */
export type DasarPenetapanFoundingDecree = string | null;
/**
 * Kode OPD dari agencies.yaml; `belum-ditetapkan` bila memang belum ada yang ditunjuk; null bila belum diketahui tim penyusun. (Agency id from agencies.yaml; `belum-ditetapkan` when nobody has been designated; null when the drafting team does not know it.)
 */
export type OPDKoordinatorSmartCityCoordinatingAgency = Id | null;
/**
 * Huruf kecil, angka dan tanda hubung. (Lower-case letters, digits and hyphens.)
 */
export type Id = string;
export type NamaLembagaBodyName = string;
/**
 * null bila belum diketahui. (null when not known yet.)
 */
export type KeanggotaanMembership = string | null;
/**
 * null bila belum diketahui. (null when not known yet.)
 */
export type TugasRole = string | null;
export type LembagaPengelolaGoverningBodies = {
  id: Id;
  name: NamaLembagaBodyName;
  members: KeanggotaanMembership;
  role: TugasRole;
}[];
/**
 * Seberapa sering capaian indikator program dilaporkan kepada Dewan Smart City, bila indikator tidak menyebut sendiri. (How often program indicators are reported, unless an indicator says.)
 */
export type PeriodePelaporanIndikatorReportingPeriodOfIndicators =
  "bulanan" | "triwulanan" | "semesteran" | "tahunan";
/**
 * Rupiah utuh, tanpa desimal. (Whole Rupiah, no decimals.)
 */
export type PaguTotalTotalCeiling = number;
/**
 * Rupiah utuh, tanpa desimal. (Whole Rupiah, no decimals.)
 */
export type PaguPerTahunCeilingPerYear = number;
/**
 * f4: 215 × 330 mm (bawaan produk hukum daerah); a4: 210 × 297 mm. (f4 is the default for regional legal products.)
 */
export type UkuranKertasPaperSize = "f4" | "a4";
/**
 * decimal: 1.1, 1.1.1; legal: A., 1., a. (decimal or legal outline numbering.)
 */
export type PenomoranBagianSectionNumbering = "decimal" | "legal";
/**
 * Dokumen yang dicetak (masterplan, ringkasan, quick-win, kesiapan, raperda) dan bentuknya (html, pdf, docx); tanpa nama dokumen, hanya masterplan. `build --doc` menggantikannya. (The documents to print and their formats (html, pdf, docx); with no document named, the masterplan alone. `build --doc` overrides it.)
 */
export type KeluaranOutputs = (
  "html" | "pdf" | "docx" | "masterplan" | "ringkasan" | "quick-win" | "kesiapan" | "raperda"
)[];

/**
 * Berkas masterplan.yaml: wilayah, judul, horizon, tahapan, status hukum, penandatangan, kertas dan keluaran. (masterplan.yaml: region, title, horizon, stages, legal status, signatory, paper and outputs.)
 */
export interface ManifestInput {
  schema_version: VersiFormatFormatVersion;
  name: NamaBerkasKeluaranOutputFileName;
  region: WilayahRegion;
  title: JudulDokumenDocumentTitle;
  horizon: HorizonPerencanaanPlanningHorizon;
  stages: TahapanMasterplanMasterplanStages;
  vision?: VisiDanMisiSmartCityTheMasterplanSVisionAndMissions;
  legal: StatusHukumLegalStatus;
  signatory: PenandatanganSignatory;
  governance?: KelembagaanSmartCitySmartCityGovernance;
  budget_ceiling?: PaguIndikatifBudgetCeiling;
  paper?: KertasPaper;
  outputs?: KeluaranOutputs;
}
export interface WilayahRegion {
  kind: JenisDaerahRegionKind;
  name: NamaDaerahRegionName;
  province: ProvinsiProvince;
  head_title?: JabatanKepalaDaerahTitleOfTheHeadOfRegion;
  facts?: DataPokokWilayahKeyFacts;
}
export interface DataPokokWilayahKeyFacts {
  kecamatan?: JumlahKecamatanDistricts;
  desa?: JumlahDesaVillages;
  kelurahan?: JumlahKelurahanUrbanVillages;
  area_km2?: LuasWilayahKmAreaKm;
  population?: JumlahPendudukPopulation;
  population_year?: TahunDataPendudukPopulationYear;
  spbe_index?: IndeksSPBESPBEIndex;
  spbe_year?: TahunIndeksSPBESPBEIndexYear;
  source?: SumberDataDataSource;
}
export interface HorizonPerencanaanPlanningHorizon {
  start: TahunAwalFirstYear;
  end: TahunAkhirLastYear;
}
/**
 * Visi dan misi masterplan sendiri, dicetak pada bagian visi (block: vision) dan dalam ringkasan eksekutif; visi dan misi RPJPD tetap di rpjpd.yaml. (The masterplan's own vision and missions, printed by the vision block and in the executive summary; the RPJPD's stay in rpjpd.yaml.)
 */
export interface VisiDanMisiSmartCityTheMasterplanSVisionAndMissions {
  text: RumusanVisiVisionStatement;
  missions: MisiMissions;
  proposed?: RumusanUsulanPenyusunProposedByTheDraftingTeam;
}
export interface StatusHukumLegalStatus {
  status: StatusStatus;
  regulation: JenisProdukHukumRegulationType;
  number: NomorNumber;
  year: TahunYear;
  drafted?: TanggalRancanganDateOfTheDraft;
  attachment?: NomorLampiranAttachmentNumeral;
  about?: TentangSubjectOfTheRegulation;
  certified_by?: PengesahSalinanWhoCertifiesACopy;
}
/**
 * Untuk salinan naskah yang ditetapkan (build --salinan): jabatan, nama, pangkat dan NIP Kepala Bagian Hukum yang menandatangani "Salinan sesuai dengan aslinya"; satu-satunya tempat pangkat dan NIP dicetak. (For a certified copy of the enacted text: the title, name, rank and NIP of the head of the legal division.)
 */
export interface PengesahSalinanWhoCertifiesACopy {
  title: JabatanTitle;
  name: NamaName;
  rank: PangkatRank;
  nip: NIP;
}
export interface PenandatanganSignatory {
  title: JabatanOffice;
  name: NamaLengkapTanpaGelarFullNameWithoutAcademicTitles;
}
export interface KelembagaanSmartCitySmartCityGovernance {
  decree?: DasarPenetapanFoundingDecree;
  coordinator?: OPDKoordinatorSmartCityCoordinatingAgency;
  bodies?: LembagaPengelolaGoverningBodies;
  reporting?: PeriodePelaporanIndikatorReportingPeriodOfIndicators;
}
/**
 * Batas jumlah anggaran seluruh program, dalam Rupiah. (Upper bound on the summed program budgets, in Rupiah.)
 */
export interface PaguIndikatifBudgetCeiling {
  total?: PaguTotalTotalCeiling;
  per_year?: PaguPerTahunCeilingPerYear;
}
export interface KertasPaper {
  size?: UkuranKertasPaperSize;
  margins_cm?: MarginCmMarginsCm;
  numbering?: PenomoranBagianSectionNumbering;
}
export interface MarginCmMarginsCm {
  top?: number;
  bottom?: number;
  left?: number;
  right?: number;
}
