/* DO NOT EDIT: generated from schemas/chapter.schema.json by `npm run gen:types`. */

export type VersiFormatFormatVersion = 1;
/**
 * Sama dengan nama berkas tanpa .yaml. (Equal to the file name without .yaml.)
 */
export type KodeBabChapterId = string;
/**
 * 1 menjadi BAB I, dan seterusnya. (1 becomes BAB I, and so on.)
 */
export type UrutanBabChapterOrder = number;
export type JudulBabChapterTitle = string;
export type PengantarBabChapterIntroductionMarkdown = string | null;
/**
 * Dicetak sebagai catatan penyusunan pada rancangan saja; harus dihapus sebelum ditetapkan. (Printed as a marked drafting note in a draft only; must be removed before enactment.)
 */
export type CatatanPenyusunanDraftingNote = string | null;
export type JudulSubbabSectionTitle = string;
export type IsiBodyMarkdown = string | null;
/**
 * Dicetak sebagai catatan penyusunan pada rancangan saja; harus dihapus sebelum ditetapkan. (Printed as a marked drafting note in a draft only; must be removed before enactment.)
 */
export type CatatanPenyusunanDraftingNote1 = string | null;
export type NamaBagianBlockName =
  | "region-facts"
  | "readiness"
  | "rpjpd"
  | "stages"
  | "vision"
  | "dimensions"
  | "programs"
  | "roadmap"
  | "quick-wins"
  | "infrastructure"
  | "governance"
  | "budget"
  | "traceability"
  | "responsibility"
  | "swot"
  | "risks"
  | "monitoring";
export type SubSubbabSubsections = (Section | BagianDariDataGeneratedBlock)[];
export type SubbabSections = (Section | BagianDariDataGeneratedBlock)[];
/**
 * Bagian yang disusun otomatis dari berkas program dan dimensi, ditempatkan setelah subbab. Untuk menempatkannya di antara subbab, tulis `- block: <nama>` di dalam sections. (Parts generated from program and dimension files, placed after the sections; to place one between sections, write `- block: <name>` in sections.)
 */
export type BagianYangDisusunDariDataGeneratedBlocks = NamaBagianBlockName[];

/**
 * Berkas chapters/<id>.yaml: satu BAB dokumen, teks dalam markdown. (chapters/<id>.yaml: one chapter (BAB), text in markdown.)
 */
export interface ChapterInput {
  schema_version: VersiFormatFormatVersion;
  id: KodeBabChapterId;
  order: UrutanBabChapterOrder;
  title: JudulBabChapterTitle;
  intro?: PengantarBabChapterIntroductionMarkdown;
  note?: CatatanPenyusunanDraftingNote;
  sections?: SubbabSections;
  blocks?: BagianYangDisusunDariDataGeneratedBlocks;
}
export interface Section {
  title: JudulSubbabSectionTitle;
  body?: IsiBodyMarkdown;
  note?: CatatanPenyusunanDraftingNote1;
  sections?: SubSubbabSubsections;
}
/**
 * Menempatkan bagian yang disusun dari data di posisi ini. (Places a generated block here.)
 */
export interface BagianDariDataGeneratedBlock {
  block: NamaBagianBlockName;
}
