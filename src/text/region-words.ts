export type RegionKind = "kabupaten" | "kota";

/** The words that follow from whether a region is a kabupaten or a kota. */
export interface RegionWords {
  /** "Kabupaten" or "Kota". */
  region: string;
  /** The head of the region: "Bupati" or "Wali Kota". */
  head: string;
  /** The head's own regulation: "Peraturan Bupati" or "Peraturan Wali Kota". */
  headRegulation: string;
  /** The regulation id of the head's regulation in masterplan.yaml. */
  headRegulationId: "perbup" | "perwali";
}

export function regionWords(kind: RegionKind): RegionWords {
  return kind === "kota"
    ? {
        region: "Kota",
        head: "Wali Kota",
        headRegulation: "Peraturan Wali Kota",
        headRegulationId: "perwali",
      }
    : {
        region: "Kabupaten",
        head: "Bupati",
        headRegulation: "Peraturan Bupati",
        headRegulationId: "perbup",
      };
}
