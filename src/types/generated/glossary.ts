/* DO NOT EDIT: generated from schemas/glossary.schema.json by `npm run gen:types`. */

export type VersiFormatFormatVersion = 1;
/**
 * Ditulis dalam satu bentuk, seperti di teks. (In the one form the text uses.)
 */
export type IstilahAtauSingkatanTermOrAbbreviation = string;
export type ArtiAtauKepanjanganMeaningOrExpansion = string;
/**
 * true: dicetak miring di seluruh dokumen, misalnya smart city, quick win. (true: set in italics throughout the document.)
 */
export type IstilahAsingForeignTerm = boolean;
/**
 * Bentuk Indonesia yang dipakai teks untuk istilah asing ini; pada penggunaan pertama dokumen menulis "kota cerdas (smart city)". (The Indonesian form the text uses for this foreign term; its first use prints "kota cerdas (smart city)".)
 */
export type PadananIndonesiaIndonesianForm = string;
/**
 * Bentuk lain istilah ini yang tidak boleh muncul dalam teks, misalnya kabupaten cerdas bila bentuk yang dipilih kota cerdas; validasi memperingatkan setiap pemakaiannya. (Other forms of the term the text must not use; validation warns on each.)
 */
export type BentukLainYangTidakDipakaiFormsNotToUse = string[];
export type IstilahTerms = {
  term: IstilahAtauSingkatanTermOrAbbreviation;
  meaning: ArtiAtauKepanjanganMeaningOrExpansion;
  foreign: IstilahAsingForeignTerm;
  indonesian?: PadananIndonesiaIndonesianForm;
  variants?: BentukLainYangTidakDipakaiFormsNotToUse;
}[];

/**
 * Berkas glossary.yaml: istilah dan singkatan yang dijelaskan dalam Daftar Istilah dan Singkatan; istilah asing dicetak miring di seluruh dokumen. Singkatan perangkat daerah dari agencies.yaml ditambahkan otomatis. (glossary.yaml: terms and abbreviations for the list of terms; foreign terms are set in italics throughout. Agency abbreviations join automatically.)
 */
export interface GlossaryInput {
  schema_version: VersiFormatFormatVersion;
  terms: IstilahTerms;
}
