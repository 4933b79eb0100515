/**
 * How many cells the add-on reads: far above a real work plan (100,000 rows × 10 columns is 1,000,000
 * cells), far below what would run out of Apps Script's memory or its 6-minute limit. A sheet past
 * the limit (or past what is left of the workbook's) is not read; the report names it (sheet.too-large).
 */
export const CELL_LIMITS = { sheet: 2_000_000, workbook: 4_000_000 } as const;
