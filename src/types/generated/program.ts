/* DO NOT EDIT: generated from schemas/program.schema.json by `npm run gen:types`. */

export type VersiFormatFormatVersion = 1;
/**
 * Sama dengan nama berkas tanpa .yaml. (Equal to the file name without .yaml.)
 */
export type KodeProgramProgramId = string;
export type NamaProgramProgramName = string;
export type SingkatanNamaPopulerAcronymOrPopularName = string | null;
export type DimensiDimension =
  "governance" | "branding" | "economy" | "living" | "society" | "environment";
/**
 * Kode elemen dari berkas dimensi. (Element id from the dimension file.)
 */
export type ElemenElement = string;
export type UraianProgramDescriptionMarkdown = string;
export type TujuanObjective = string | null;
export type KeluaranOutput = string | null;
export type HasilOutcome = string | null;
export type LokasiLocation = string | null;
/**
 * Kode OPD dari agencies.yaml. (Agency id from agencies.yaml.)
 */
export type OPDPengampuLeadAgency = string;
export type Id = string;
export type OPDPendukungSupportingAgencies = Id[];
/**
 * true bila program dapat diwujudkan tahun ini atau tahun depan. (true when the program can be realised this year or next.)
 */
export type QuickWinProgramUnggulan = boolean;
export type JenisInfrastrukturInfrastructureType = "fisik" | "digital" | "sosial" | null;
export type TahunMulaiFirstYear = number;
export type TahunSelesaiLastYear = number;
export type TahunAnggaranBudgetYear = number;
export type JumlahRupiahUtuhAmountWholeRupiah = number;
export type SumberDanaFundingSource =
  "apbd" | "apbd-provinsi" | "apbn" | "dak" | "dana-desa" | "csr" | "kpbu" | "swasta";
export type AnggaranIndikatifIndicativeBudget = {
  year: TahunAnggaranBudgetYear;
  amount: JumlahRupiahUtuhAmountWholeRupiah;
  source: SumberDanaFundingSource;
}[];
export type NamaIndikatorIndicatorName = string;
export type SatuanUnit = string;
export type NilaiDasarNullBilaBelumDiukurBaselineNullWhenNotYetMeasured = number | null;
export type IndikatorKeberhasilanSuccessIndicators = {
  name: NamaIndikatorIndicatorName;
  unit: SatuanUnit;
  baseline: NilaiDasarNullBilaBelumDiukurBaselineNullWhenNotYetMeasured;
  targets: TargetPerTahunTargetsByYear;
}[];
export type SasaranRPJPDYangDidukungRPJPDGoalsSupported = Id[];
export type FokusRPJMDYangDidukungRPJMDFocusAreasSupported = Id[];
export type PilarVisiIndonesiaDigital2045DigitalVisionPillars = Id[];
export type BergantungPadaProgramDependsOnPrograms = Id[];
export type StatusPelaksanaanStatus = "usulan" | "persiapan" | "berjalan" | "selesai" | "ditunda";
export type ProgresPersenProgressPercent = number;

/**
 * Berkas programs/<dimensi>/<id>.yaml: satu program, satu berkas. (programs/<dimension>/<id>.yaml: one program per file.)
 */
export interface ProgramInput {
  schema_version: VersiFormatFormatVersion;
  id: KodeProgramProgramId;
  name: NamaProgramProgramName;
  acronym?: SingkatanNamaPopulerAcronymOrPopularName;
  dimension: DimensiDimension;
  element: ElemenElement;
  description: UraianProgramDescriptionMarkdown;
  objective?: TujuanObjective;
  output?: KeluaranOutput;
  outcome?: HasilOutcome;
  location?: LokasiLocation;
  lead_agency: OPDPengampuLeadAgency;
  supporting_agencies: OPDPendukungSupportingAgencies;
  quick_win: QuickWinProgramUnggulan;
  infrastructure?: JenisInfrastrukturInfrastructureType;
  years: TahunPelaksanaanYears;
  budget: AnggaranIndikatifIndicativeBudget;
  indicators: IndikatorKeberhasilanSuccessIndicators;
  rpjpd: SasaranRPJPDYangDidukungRPJPDGoalsSupported;
  rpjmd?: FokusRPJMDYangDidukungRPJMDFocusAreasSupported;
  digital_pillars?: PilarVisiIndonesiaDigital2045DigitalVisionPillars;
  depends_on: BergantungPadaProgramDependsOnPrograms;
  status: StatusPelaksanaanStatus;
  progress: ProgresPersenProgressPercent;
}
export interface TahunPelaksanaanYears {
  start: TahunMulaiFirstYear;
  end: TahunSelesaiLastYear;
}
export interface TargetPerTahunTargetsByYear {
  [k: string]: number | undefined;
}
