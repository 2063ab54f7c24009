/** The spreadsheet formats `export` writes; apart, so the CLI lists them without loading a writer. */
export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
