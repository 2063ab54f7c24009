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
export type JudulSubbabSectionTitle = string;
export type IsiBodyMarkdown = string | null;
export type SubSubbabSubsections = Section[];
export type SubbabSections = Section[];
/**
 * Bagian yang disusun otomatis dari berkas program dan dimensi, setelah subbab naratif. (Parts generated from program and dimension files, placed after the narrative sections.)
 */
export type BagianYangDisusunDariDataGeneratedBlocks = (
  | "region-facts"
  | "rpjpd"
  | "dimensions"
  | "programs"
  | "roadmap"
  | "quick-wins"
  | "infrastructure"
  | "governance"
  | "budget"
  | "traceability"
  | "responsibility"
)[];

/**
 * Berkas chapters/<id>.yaml: satu BAB dokumen, teks dalam markdown. (chapters/<id>.yaml: one chapter (BAB), text in markdown.)
 */
export interface ChapterInput {
  schema_version: VersiFormatFormatVersion;
  id: KodeBabChapterId;
  order: UrutanBabChapterOrder;
  title: JudulBabChapterTitle;
  intro?: PengantarBabChapterIntroductionMarkdown;
  sections?: SubbabSections;
  blocks?: BagianYangDisusunDariDataGeneratedBlocks;
}
export interface Section {
  title: JudulSubbabSectionTitle;
  body?: IsiBodyMarkdown;
  sections?: SubSubbabSubsections;
}
