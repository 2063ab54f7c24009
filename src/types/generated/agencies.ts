/* DO NOT EDIT: generated from schemas/agencies.schema.json by `npm run gen:types`. */

export type VersiFormatFormatVersion = 1;
/**
 * @minItems 1
 */
export type PerangkatDaerahAgencies = [
  {
    id: KodeOPDAgencyId;
    name: NamaLengkapFullName;
    abbreviation: SingkatanAbbreviation;
    kind?: JenisKind;
  },
  ...{
    id: KodeOPDAgencyId;
    name: NamaLengkapFullName;
    abbreviation: SingkatanAbbreviation;
    kind?: JenisKind;
  }[]
];
/**
 * Dipakai di lead_agency dan supporting_agencies. (Used in lead_agency and supporting_agencies.)
 */
export type KodeOPDAgencyId = string;
export type NamaLengkapFullName = string;
export type SingkatanAbbreviation = string;
export type JenisKind =
  "sekretariat" | "dinas" | "badan" | "inspektorat" | "satuan" | "rsud" | "kecamatan" | "lainnya";

/**
 * Berkas agencies.yaml: perangkat daerah yang dapat menjadi pengampu atau pendukung program. (agencies.yaml: the agencies that may lead or support a program.)
 */
export interface AgenciesInput {
  schema_version: VersiFormatFormatVersion;
  agencies: PerangkatDaerahAgencies;
}
