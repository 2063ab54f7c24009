/* DO NOT EDIT: generated from schemas/regulation.schema.json by `npm run gen:types`. */

export type VersiFormatFormatVersion = 1;
/**
 * Tempat peraturan ditetapkan dan diundangkan ("Ditetapkan di …"); null bila belum diisi. (Where it is enacted and promulgated; null while not filled in.)
 */
export type IbuKotaSeatOfGovernment = string | null;
/**
 * Pertimbangan a., b., … masing-masing diawali "bahwa", tanpa tanda baca penutup; pertimbangan terakhir ("bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a …") disusun sendiri. (Each begins with "bahwa"; the last one is written by the tool.)
 */
export type MenimbangConsiderations = (string | null)[];
/**
 * Jenis, nomor, tahun dan judul, tanpa tanda baca penutup: Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah. (Kind, number, year and title, no closing punctuation.) null: belum diketahui, misalnya undang-undang pembentukan daerah. (null: not known yet, such as the law that formed the region.)
 */
export type JudulTitle = string | null;
/**
 * Mis. "sebagaimana telah beberapa kali diubah terakhir dengan Undang-Undang Nomor 6 Tahun 2023 …", dicetak sesudah judul. (Printed after the title.)
 */
export type PerubahanAmendments = string | null;
export type JenisKind = "lembaran-negara" | "berita-negara" | "lembaran-daerah";
export type TahunYear = number | null;
export type NomorNumber = number | null;
/**
 * Nomor Tambahan Lembaran Negara (atau Tambahan Lembaran Daerah); null bila belum diketahui. (The supplement number; null when not known.)
 */
export type NomorTambahanSupplementNumber = number | null;
/**
 * Peraturan perundang-undangan menurut hierarki dan tahun, sesudah Pasal 18 ayat (6) UUD 1945 yang dicetak sendiri. (Laws in hierarchy and year order, after Article 18(6) of the Constitution, which is printed by the tool.)
 */
export type MengingatLegalBasis = {
  title: JudulTitle;
  amended?: PerubahanAmendments;
  gazette: PengundanganWhereItWasPromulgated | null;
}[];
export type IstilahTerm = string;
/**
 * "yang selanjutnya disebut …" (what it is called afterwards)
 */
export type SebutanSingkatShortForm = string;
/**
 * Sesudah "adalah", tanpa tanda baca penutup. (After "adalah", no closing punctuation.)
 */
export type ArtiMeaning = string | null;
/**
 * Definisi Pasal 1 sesudah Daerah, Pemerintah Daerah, kepala daerah, DPRD dan Perangkat Daerah yang disusun sendiri; tanpa meaning, artinya diambil dari glossary.yaml. (Pasal 1 definitions after the standard ones; without meaning, the glossary's.)
 */
export type KetentuanUmumDefinitions = {
  term: IstilahTerm;
  short?: SebutanSingkatShortForm;
  meaning?: ArtiMeaning;
}[];
/**
 * Sesudah "Masterplan … menjadi pedoman bagi", tanpa tanda baca penutup: Pemerintah Daerah dalam merencanakan, melaksanakan, dan mengevaluasi pembangunan kota cerdas. (After "… menjadi pedoman bagi", no closing punctuation.)
 */
export type KedudukanMasterplanWhatTheMasterplanIsFor = string | null;
export type EvaluasiPalingLamaEvaluationAtLeastEveryYears = number | null;
/**
 * Untuk peraturan daerah: uraian I. UMUM pada Penjelasan (markdown). (For a Perda: the Penjelasan's I. UMUM.)
 */
export type PenjelasanUmumGeneralExplanation = string | null;
/**
 * Nama Sekretaris Daerah yang mengundangkan; null bila belum diketahui. (Name of the secretary who promulgates; null when not known.)
 */
export type SekretarisDaerahRegionalSecretary = string | null;
export type TanggalPenetapanEnactedOn = string | null;
export type TanggalPengundanganPromulgatedOn = string | null;
export type NomorLembaranDaerahAtauBeritaDaerahGazetteNumber = number | null;
export type NomorTambahanLembaranDaerahSupplementNumber = number | null;
/**
 * Untuk peraturan daerah, dari gubernur: (4-23/2026). (For a Perda, from the governor.)
 */
export type NomorRegisterNOREG = string | null;
export type CatatanPenyusunanDraftingNote = string;

/**
 * Berkas regulation.yaml: bagian-bagian peraturan daerah atau peraturan kepala daerah yang menetapkan masterplan, yang bukan rumusan baku UU 12/2011 Lampiran II: konsiderans menimbang, dasar hukum mengingat beserta pengundangannya, definisi, kedudukan masterplan, penjelasan umum, dan data pengundangan. (regulation.yaml: the parts of the Perda or Perbup/Perwal that are the plan's own, not the fixed wording of UU 12/2011 Lampiran II.)
 */
export interface RegulationInput {
  schema_version: VersiFormatFormatVersion;
  capital: IbuKotaSeatOfGovernment;
  considerations: MenimbangConsiderations;
  legal_basis: MengingatLegalBasis;
  definitions: KetentuanUmumDefinitions;
  purpose: KedudukanMasterplanWhatTheMasterplanIsFor;
  review_years?: EvaluasiPalingLamaEvaluationAtLeastEveryYears;
  explanation?: PenjelasanUmumGeneralExplanation;
  secretary?: SekretarisDaerahRegionalSecretary;
  promulgation?: PengundanganPromulgation;
  note?: CatatanPenyusunanDraftingNote;
}
/**
 * Lembaran Negara atau Berita Negara tempat peraturan itu diundangkan; null untuk angka yang belum diketahui, dicetak sebagai titik-titik. (The gazette; null for a number not known yet, printed as a blank.)
 */
export interface PengundanganWhereItWasPromulgated {
  kind: JenisKind;
  year: TahunYear;
  number: NomorNumber;
  supplement?: NomorTambahanSupplementNumber;
}
export interface PengundanganPromulgation {
  enacted?: TanggalPenetapanEnactedOn;
  promulgated?: TanggalPengundanganPromulgatedOn;
  gazette_number?: NomorLembaranDaerahAtauBeritaDaerahGazetteNumber;
  supplement_number?: NomorTambahanLembaranDaerahSupplementNumber;
  noreg?: NomorRegisterNOREG;
}
