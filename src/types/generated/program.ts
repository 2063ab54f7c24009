/* DO NOT EDIT: generated from schemas/program.schema.json by `npm run gen:types`. */

export type VersiFormatFormatVersion = 1;
/**
 * Sama dengan nama berkas tanpa .yaml. (Equal to the file name without .yaml.)
 */
export type KodeProgramProgramId = string;
/**
 * null bila belum dirumuskan. (null while not yet worded.)
 */
export type NamaProgramProgramName = string | null;
export type SingkatanNamaPopulerAcronymOrPopularName = string | null;
/**
 * Kode program, kegiatan atau sub-kegiatan menurut Kepmendagri 900.1.15.5-1317/2023 yang dipakai program ini di SIPD: program X.XX.XX (2.16.02), kegiatan X.XX.XX.X.XX (2.16.02.2.01), sub-kegiatan X.XX.XX.X.XX.XXXX (2.16.02.2.01.0001); X untuk program penunjang urusan. (Codes of the program, kegiatan or sub-kegiatan in Kepmendagri 900.1.15.5-1317/2023 that this program uses in SIPD; X for the supporting programs.)
 *
 * @minItems 1
 */
export type NomenklaturSIPDSIPDNomenclature = [string, ...string[]];
export type DimensiDimension =
  "governance" | "branding" | "economy" | "living" | "society" | "environment";
/**
 * Kode elemen dari berkas dimensi; null bila belum dipilih. (Element id from the dimension file; null while not chosen.)
 */
export type ElemenElement = Id | null;
export type Id = string;
/**
 * null bila belum ditulis. (null while not yet written.)
 */
export type UraianProgramDescriptionMarkdown = string | null;
export type TujuanObjective = string | null;
export type KeluaranOutput = string | null;
export type HasilOutcome = string | null;
export type LokasiLocation = string | null;
/**
 * Kode OPD dari agencies.yaml; `belum-ditetapkan` bila memang belum ada yang ditunjuk; null bila belum diketahui tim penyusun. (Agency id from agencies.yaml; `belum-ditetapkan` when nobody has been designated; null when the drafting team does not know it.)
 */
export type OPDPengampuLeadAgency = Id | null;
export type OPDPendukungSupportingAgencies = Id[];
/**
 * true bila program dapat diwujudkan tahun ini atau tahun depan. (true when the program can be realised this year or next.)
 */
export type ProgramUnggulanQuickWinQuickWin = boolean;
export type JenisInfrastrukturInfrastructureType = "fisik" | "digital" | "sosial" | null;
export type TahunMulaiFirstYear = Year | null;
export type Year = number;
export type TahunSelesaiLastYear = Year | null;
/**
 * Satu baris per tahun dan sumber dana; null bila anggaran belum diketahui. (One line per year and source; null when the budget is not known yet.)
 */
export type AnggaranIndikatifIndicativeBudget =
  | {
      year: TahunAnggaranBudgetYear;
      amount: JumlahRupiahUtuhNullBilaBelumDiketahuiAmountWholeRupiahNullWhenNotKnownYet;
      source: SumberDanaFundingSource;
      proposed?: AnggaranUsulanPenyusunProposedByTheDraftingTeam;
    }[]
  | null;
export type TahunAnggaranBudgetYear = number;
/**
 * 0 berarti nol rupiah yang diketahui, bukan 'belum diketahui'. (0 means a known zero, not 'unknown'.)
 */
export type JumlahRupiahUtuhNullBilaBelumDiketahuiAmountWholeRupiahNullWhenNotKnownYet =
  number | null;
/**
 * null bila sumber dana belum diketahui. (null when the funding source is not known yet.)
 */
export type SumberDanaFundingSource =
  "apbd" | "apbd-provinsi" | "apbn" | "dak" | "dana-desa" | "csr" | "kpbu" | "swasta" | null;
/**
 * true bila jumlah ini usulan tim penyusun yang belum disepakati; ditandai dalam setiap dokumen dan ekspor. (true when the amount is the drafting team's proposal, not yet agreed; marked in every document and export.)
 */
export type AnggaranUsulanPenyusunProposedByTheDraftingTeam = boolean;
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
export type SumberDataDataSource = string | null;
/**
 * Seberapa sering capaian indikator dilaporkan; tanpa ini, periode rencana di masterplan.yaml. (How often the indicator is reported; without it, the plan's period in masterplan.yaml.)
 */
export type PeriodePelaporanReportingPeriod = "bulanan" | "triwulanan" | "semesteran" | "tahunan";
export type IndikatorKeberhasilanSuccessIndicators = {
  name: NamaIndikatorIndicatorName;
  unit: SatuanUnit;
  baseline: NilaiDasarBaseline;
  targets: TargetPerTahunTargetsByYear;
  reporting?: PeriodePelaporanReportingPeriod;
}[];
export type SasaranRPJPDYangDidukungRPJPDGoalsSupported = Id[];
export type FokusRPJMDYangDidukungRPJMDFocusAreasSupported = Id[];
export type PilarVisiIndonesiaDigital2045DigitalVisionPillars = Id[];
export type BergantungPadaProgramDependsOnPrograms = Id[];
/**
 * null bila belum diketahui. (null when not known.)
 */
export type StatusPelaksanaanStatus =
  "usulan" | "persiapan" | "berjalan" | "selesai" | "ditunda" | null;
/**
 * Persentase capaian per tanggal tertentu; null bila belum diukur. (Percent complete as of a date; null when not measured.)
 */
export type ProgresProgress = {
  percent: PersenPercent;
  as_of: PerTanggalYYYYMMDDAsOfDate;
} | null;
export type PersenPercent = number;
export type PerTanggalYYYYMMDDAsOfDate = string;
/**
 * Untuk profil quick win; null bila belum dirumuskan. (For the quick-win profile; null when not written yet.)
 */
export type MasalahYangDiselesaikanProblemItSolves = string | null;
/**
 * Apa yang tercapai dalam 12 bulan pertama; null bila belum dirumuskan. (What the first 12 months achieve; null when not written yet.)
 */
export type Target12Bulan12MonthTarget = string | null;
export type BulanAtauTriwulanMonthOrQuarter = string;
export type CapaianWhatIsReached = string;
/**
 * Per bulan (2025-09) atau triwulan (2025-Q3), berurutan. (By month or quarter, in order.)
 */
export type TonggakCapaianMilestones = {
  when: BulanAtauTriwulanMonthOrQuarter;
  what: CapaianWhatIsReached;
}[];
export type RisikoRisk = string;
export type DampakImpact = "rendah" | "sedang" | "tinggi";
export type KemungkinanLikelihood = "rendah" | "sedang" | "tinggi";
export type MitigasiMitigation = string | null;
/**
 * Kode OPD dari agencies.yaml; `belum-ditetapkan` bila memang belum ada yang ditunjuk; null bila belum diketahui tim penyusun. (Agency id from agencies.yaml; `belum-ditetapkan` when nobody has been designated; null when the drafting team does not know it.)
 */
export type PenanggungJawabOwner = Id | null;
/**
 * Risiko program dengan dampak, kemungkinan, mitigasi dan penanggung jawabnya; dimuat dalam daftar risiko masterplan. (The program's risks, for the masterplan's risk register.)
 */
export type RisikoRisks = {
  risk: RisikoRisk;
  impact: DampakImpact;
  likelihood: KemungkinanLikelihood;
  mitigation: MitigasiMitigation;
  owner: PenanggungJawabOwner;
}[];
/**
 * true bila isi program ini usulan tim penyusun yang belum disepakati; ditandai sebagai catatan penyusunan dalam rancangan dan ditolak dalam naskah yang ditetapkan. (true when the program is the drafting team's proposal; marked as a drafting note in a draft, refused in an enacted text.)
 */
export type UsulanPenyusunDraftingTeamSProposal = boolean;

/**
 * Berkas programs/<dimensi>/<id>.yaml: satu program, satu berkas. (programs/<dimension>/<id>.yaml: one program per file.)
 */
export interface ProgramInput {
  schema_version: VersiFormatFormatVersion;
  id: KodeProgramProgramId;
  name: NamaProgramProgramName;
  acronym?: SingkatanNamaPopulerAcronymOrPopularName;
  nomenclature?: NomenklaturSIPDSIPDNomenclature;
  dimension: DimensiDimension;
  element: ElemenElement;
  description: UraianProgramDescriptionMarkdown;
  objective?: TujuanObjective;
  output?: KeluaranOutput;
  outcome?: HasilOutcome;
  location?: LokasiLocation;
  lead_agency: OPDPengampuLeadAgency;
  supporting_agencies: OPDPendukungSupportingAgencies;
  quick_win: ProgramUnggulanQuickWinQuickWin;
  infrastructure?: JenisInfrastrukturInfrastructureType;
  years: TahunPelaksanaanYears;
  budget: AnggaranIndikatifIndicativeBudget;
  indicators: IndikatorKeberhasilanSuccessIndicators;
  rpjpd: SasaranRPJPDYangDidukungRPJPDGoalsSupported;
  rpjmd?: FokusRPJMDYangDidukungRPJMDFocusAreasSupported;
  digital_pillars?: PilarVisiIndonesiaDigital2045DigitalVisionPillars;
  depends_on: BergantungPadaProgramDependsOnPrograms;
  status: StatusPelaksanaanStatus;
  progress: ProgresProgress;
  problem?: MasalahYangDiselesaikanProblemItSolves;
  target_12_months?: Target12Bulan12MonthTarget;
  milestones?: TonggakCapaianMilestones;
  risks?: RisikoRisks;
  proposed?: UsulanPenyusunDraftingTeamSProposal;
}
/**
 * Tahun mulai dan selesai; null bila belum diketahui, dan peta jalan menandainya. (First and last year; null when not known yet, and the roadmap marks it.)
 */
export interface TahunPelaksanaanYears {
  start: TahunMulaiFirstYear;
  end: TahunSelesaiLastYear;
}
/**
 * Kunci: tahun; nilai null bila target belum ditetapkan. (Keys: years; null when a target is not set yet.)
 */
export interface TargetPerTahunTargetsByYear {
  [k: string]: number | null | undefined;
}
