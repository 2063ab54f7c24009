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
export type IstilahTerms = {
  term: IstilahAtauSingkatanTermOrAbbreviation;
  meaning: ArtiAtauKepanjanganMeaningOrExpansion;
  foreign: IstilahAsingForeignTerm;
}[];

/**
 * Berkas glossary.yaml: istilah dan singkatan yang dijelaskan dalam Daftar Istilah dan Singkatan; istilah asing dicetak miring di seluruh dokumen. Singkatan perangkat daerah dari agencies.yaml ditambahkan otomatis. (glossary.yaml: terms and abbreviations for the list of terms; foreign terms are set in italics throughout. Agency abbreviations join automatically.)
 */
export interface GlossaryInput {
  schema_version: VersiFormatFormatVersion;
  terms: IstilahTerms;
}
