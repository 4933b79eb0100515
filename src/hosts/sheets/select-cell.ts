import { parseA1 } from "../../core";
import type { GasSpreadsheet } from "./services";

/** Shows a cell to the user: activates its sheet, then the cell. */
export function selectCell(spreadsheet: GasSpreadsheet, sheetName: string, cell: string): void {
  const sheet = spreadsheet.getSheetByName(String(sheetName));
  if (!sheet) throw new Error(`There is no sheet named "${sheetName}" any more; validate again.`);
  if (!parseA1(String(cell))) throw new Error(`"${cell}" is not a cell reference.`);
  sheet.activate();
  sheet.getRange(String(cell)).activate();
}
