/** What the example workbook takes from a seed document, as the importer read it (see seed-imports.ts). */
export interface SeedImport {
  readonly rows: readonly { readonly activity: string; readonly lead: string; readonly timeline: string }[];
  /** Deliverables and expected outputs, verbatim, in document order. */
  readonly outputs: readonly string[];
}
