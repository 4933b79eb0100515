import { ROLLUP_SHEET } from "../../panel/bridge";

/** The add-in's rollup sheet among the workbook's sheets: Excel's sheet names ignore case ("workplan rollups" is the same name). */
export const isRollupSheet = (name: string): boolean => name.toLowerCase() === ROLLUP_SHEET.toLowerCase();
