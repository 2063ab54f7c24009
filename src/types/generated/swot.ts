/* DO NOT EDIT: generated from schemas/swot.schema.json by `npm run gen:types`. */

export type VersiFormatFormatVersion = 1;
export type KodeFaktorFactorId = string;
export type UraianText = string;
export type KekuatanStrengths = {
  id: KodeFaktorFactorId;
  text: UraianText;
}[];
export type KodeFaktorFactorId1 = string;
export type UraianText1 = string;
export type KelemahanWeaknesses = {
  id: KodeFaktorFactorId1;
  text: UraianText1;
}[];
export type KodeFaktorFactorId2 = string;
export type UraianText2 = string;
export type PeluangOpportunities = {
  id: KodeFaktorFactorId2;
  text: UraianText2;
}[];
export type KodeFaktorFactorId3 = string;
export type UraianText3 = string;
export type AncamanThreats = {
  id: KodeFaktorFactorId3;
  text: UraianText3;
}[];
export type KodeStrategiStrategyId = string;
/**
 * SO: kekuatan untuk peluang; ST: kekuatan menghadapi ancaman; WO: peluang untuk mengatasi kelemahan; WT: mengurangi kelemahan dan menghindari ancaman.
 */
export type JenisKind = "SO" | "ST" | "WO" | "WT";
export type StrategiStrategy = string;
/**
 * Kode faktor SWOT sesuai jenis strategi. (Factor ids matching the strategy's kind.)
 *
 * @minItems 1
 */
export type FaktorYangDipadukanFactorsCombined = [string, ...string[]];
export type ProgramYangMenjalankanProgramsThatCarryItOut = string[];
export type StrategiStrategies = {
  id: KodeStrategiStrategyId;
  kind: JenisKind;
  text: StrategiStrategy;
  factors: FaktorYangDipadukanFactorsCombined;
  programs: ProgramYangMenjalankanProgramsThatCarryItOut;
}[];
/**
 * true bila strategi masih usulan tim penyusun yang belum dibahas; dokumen menandainya. (true while the strategies are the drafting team's proposal; the document says so.)
 */
export type StrategiUsulanPenyusunStrategiesProposedByTheDraftingTeam = boolean;

/**
 * Berkas swot.yaml: kekuatan, kelemahan, peluang dan ancaman, serta strategi SO, ST, WO dan WT yang memadukan faktor-faktor itu dan dijalankan oleh program. (swot.yaml: strengths, weaknesses, opportunities and threats, and the SO, ST, WO and WT strategies that combine them and the programs that carry them out.)
 */
export interface SwotInput {
  schema_version: VersiFormatFormatVersion;
  strengths: KekuatanStrengths;
  weaknesses: KelemahanWeaknesses;
  opportunities: PeluangOpportunities;
  threats: AncamanThreats;
  strategies: StrategiStrategies;
  proposed?: StrategiUsulanPenyusunStrategiesProposedByTheDraftingTeam;
}
