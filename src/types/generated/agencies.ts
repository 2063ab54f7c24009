/* DO NOT EDIT: generated from schemas/agencies.schema.json by `npm run gen:types`. */

export type VersiFormatFormatVersion = 1;
/**
 * Dipakai di lead_agency dan supporting_agencies. (Used in lead_agency and supporting_agencies.)
 */
export type KodeOPDAgencyId = string;
export type NamaLengkapFullName = string;
/**
 * Masuk ke Daftar Istilah dan Singkatan; null bila belum diketahui. (Joins the list of abbreviations; null when not known.)
 */
export type SingkatanAbbreviation = string | null;
export type JenisKind =
  "sekretariat" | "dinas" | "badan" | "inspektorat" | "satuan" | "rsud" | "kecamatan" | "lainnya";
/**
 * Boleh kosong selama susunan perangkat daerah belum dipastikan. (May be empty while the agencies are not settled.)
 */
export type PerangkatDaerahAgencies = {
  id: KodeOPDAgencyId;
  name: NamaLengkapFullName;
  abbreviation: SingkatanAbbreviation;
  kind?: JenisKind;
}[];

/**
 * Berkas agencies.yaml: perangkat daerah yang dapat menjadi pengampu atau pendukung program. (agencies.yaml: the agencies that may lead or support a program.)
 */
export interface AgenciesInput {
  schema_version: VersiFormatFormatVersion;
  agencies: PerangkatDaerahAgencies;
}
