/* DO NOT EDIT: generated from schemas/locale.schema.json by `npm run gen:types`. */

/**
 * Istilah asing yang dicetak miring di setiap rencana, selain yang ditandai foreign: true dalam glossary.yaml; istilah yang dicatat glossary.yaml dengan foreign: false tidak dimiringkan. (Foreign terms set in italics in every plan, besides those a glossary marks foreign; a term the glossary marks foreign: false stays upright.)
 */
export type IstilahAsingBawaanDefaultForeignTerms = string[];

/**
 * locale.json sebuah tema: setiap kata yang dicetak dokumen. Salinan di templates/ rencana menggantikan seluruh berkas bawaan. (A theme's locale.json: every word the documents print. A copy in the plan's templates/ replaces the whole default file.)
 */
export interface LocaleInput {
  toc: string;
  glossary: string;
  chapter: string;
  /**
   * Kata bab dalam kalimat, untuk rujukan {bab:...}: "Bab" (The chapter word inside a sentence, for {bab:...} references)
   */
  chapterInText: string;
  table: string;
  /**
   * Ditulis di atas kepala tabel yang berlanjut ke halaman berikutnya, sesudah nomor tabelnya: "Tabel 3.5 (lanjutan)". (Written above the header of a table continued on the next page, after its number.)
   */
  continued: string;
  figure: string;
  source: string;
  page: string;
  blank: string;
  foreignTerms?: IstilahAsingBawaanDefaultForeignTerms;
  unassigned: string;
  partlyUnknown: string;
  draftingNote: string;
  yes: string;
  no: string;
  total: string;
  blocks: Words;
  empty: Words1;
  captions: Words2;
  notes: Words3;
  sources: Words4;
  status: Words5;
  infrastructure: Words6;
  facts: Words7;
  labels: Words8;
  changes: Words9;
  fields: Words10;
  summary: Words11;
  documents: Words12;
  kesiapan: Words13;
  levels: Words14;
  quickWinDoc: Words15;
  reporting: Words16;
  raperda?: Words17;
}
/**
 * Judul bagian yang dihasilkan dari data (Titles of generated parts)
 */
export interface Words {
  [k: string]: string | undefined;
}
/**
 * Kalimat bab yang belum memuat isi, per bagian (Sentences of a chapter with nothing to show, by block)
 */
export interface Words1 {
  [k: string]: string | undefined;
}
/**
 * Judul tabel dan gambar (Table and figure titles)
 */
export interface Words2 {
  [k: string]: string | undefined;
}
/**
 * Catatan penyusunan yang dihasilkan (Generated drafting notes)
 */
export interface Words3 {
  [k: string]: string | undefined;
}
/**
 * Nama sumber dana (Funding source names)
 */
export interface Words4 {
  [k: string]: string | undefined;
}
/**
 * Nama status program (Program status names)
 */
export interface Words5 {
  [k: string]: string | undefined;
}
/**
 * Jenis infrastruktur (Infrastructure kinds)
 */
export interface Words6 {
  [k: string]: string | undefined;
}
/**
 * Label data pokok wilayah (Region fact labels)
 */
export interface Words7 {
  [k: string]: string | undefined;
}
/**
 * Label kolom dan baris (Column and row labels)
 */
export interface Words8 {
  [k: string]: string | undefined;
}
/**
 * Kata-kata Daftar Perubahan (Words of the change annex)
 */
export interface Words9 {
  [k: string]: string | undefined;
}
/**
 * Nama kolom program dalam Daftar Perubahan (Program field names in the change annex)
 */
export interface Words10 {
  [k: string]: string | undefined;
}
/**
 * Kata-kata ringkasan eksekutif (Words of the executive summary)
 */
export interface Words11 {
  [k: string]: string | undefined;
}
/**
 * Nama dokumen (Document names)
 */
export interface Words12 {
  [k: string]: string | undefined;
}
/**
 * Kata-kata buku saku kesiapan (Words of the readiness booklet)
 */
export interface Words13 {
  [k: string]: string | undefined;
}
/**
 * Tingkat risiko (Risk levels)
 */
export interface Words14 {
  [k: string]: string | undefined;
}
/**
 * Kata-kata dokumen profil quick win (Words of the quick-win profile document)
 */
export interface Words15 {
  [k: string]: string | undefined;
}
/**
 * Periode pelaporan (Reporting periods)
 */
export interface Words16 {
  [k: string]: string | undefined;
}
/**
 * Rumusan baku peraturan yang menetapkan masterplan, UU 12/2011 Lampiran II (The fixed wording of the regulation that enacts the masterplan)
 */
export interface Words17 {
  [k: string]: string | undefined;
}
