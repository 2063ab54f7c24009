/* DO NOT EDIT: generated from schemas/dimension.schema.json by `npm run gen:types`. */

export type VersiFormatFormatVersion = 1;
/**
 * Sama dengan nama berkas. (Equal to the file name.)
 */
export type KodeDimensiDimensionId =
  "governance" | "branding" | "economy" | "living" | "society" | "environment";
export type UrutanOrder = number;
export type NamaDimensiDimensionName = string;
/**
 * Kode OPD dari agencies.yaml; `belum-ditetapkan` bila memang belum ada yang ditunjuk; null bila belum diketahui tim penyusun. (Agency id from agencies.yaml; `belum-ditetapkan` when nobody has been designated; null when the drafting team does not know it.)
 */
export type OPDKoordinatorDimensiCoordinatingAgency = Id | null;
export type Id = string;
export type UraianDescriptionMarkdown = string | null;
/**
 * @minItems 1
 */
export type ElemenElements = [
  {
    id: KodeElemenElementId;
    name: NamaElemenElementName;
    english: NamaDalamBahasaInggrisEnglishName;
    description?: UraianDescriptionMarkdown1;
  },
  ...{
    id: KodeElemenElementId;
    name: NamaElemenElementName;
    english: NamaDalamBahasaInggrisEnglishName;
    description?: UraianDescriptionMarkdown1;
  }[]
];
export type KodeElemenElementId = string;
export type NamaElemenElementName = string;
export type NamaDalamBahasaInggrisEnglishName = string;
export type UraianDescriptionMarkdown1 = string | null;
export type KodeTujuanGoalId = string;
export type RumusanTujuanGoalText = string;
export type TujuanDimensiDimensionGoals = {
  id: KodeTujuanGoalId;
  text: RumusanTujuanGoalText;
}[];
export type KodeIndikatorIndicatorId = string;
export type NamaIndikatorIndicatorName = string;
/**
 * null bila belum ditentukan. (null while not decided.)
 */
export type SatuanUnit = string | null;
/**
 * Nilai, tahun dan sumber data; null bila belum diukur. (Value, year and data source; null when not yet measured.)
 */
export type NilaiDasarBaseline =
  | {
      value: NilaiNullBilaBelumDiukurValueNullWhenNotYetMeasured;
      year?: TahunDataYearOfTheData;
      source?: SumberDataDataSource;
    }
  | (number | null);
export type NilaiNullBilaBelumDiukurValueNullWhenNotYetMeasured = number | null;
export type TahunDataYearOfTheData = Year | null;
export type Year = number;
export type SumberDataDataSource = string | null;
export type IndikatorDimensiDimensionIndicators = {
  id: KodeIndikatorIndicatorId;
  name: NamaIndikatorIndicatorName;
  unit: SatuanUnit;
  baseline: NilaiDasarBaseline;
  targets: TargetPerTahapMasterplanTargetsPerMasterplanStage;
}[];

/**
 * Berkas dimensions/<id>.yaml: satu dari enam dimensi, dengan tiga elemennya, tujuan dan indikator per tahap. (dimensions/<id>.yaml: one of the six dimensions, its elements, goals and indicators per stage.)
 */
export interface DimensionInput {
  schema_version: VersiFormatFormatVersion;
  id: KodeDimensiDimensionId;
  order: UrutanOrder;
  name: NamaDimensiDimensionName;
  coordinator: OPDKoordinatorDimensiCoordinatingAgency;
  description?: UraianDescriptionMarkdown;
  elements: ElemenElements;
  goals: TujuanDimensiDimensionGoals;
  indicators: IndikatorDimensiDimensionIndicators;
}
/**
 * Kunci: kode tahap dari masterplan.yaml; nilai null bila target belum ditetapkan. (Keys: stage ids from masterplan.yaml; null when a target is not set yet.)
 */
export interface TargetPerTahapMasterplanTargetsPerMasterplanStage {
  [k: string]: number | null | undefined;
}
