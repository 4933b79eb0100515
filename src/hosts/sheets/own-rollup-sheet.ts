import type { GasProperties, GasSheet } from "./services";

/** Id of the rollup sheet the add-on created, so a user's own sheet of that name is never cleared or skipped. */
export const ROLLUP_SHEET_ID_KEY = "workplanCheck.rollupSheetId";

/** The sheet id Write rollups created (undefined before the first write). */
export function ownRollupSheetId(props: GasProperties): number | undefined {
  const id = props.getProperty(ROLLUP_SHEET_ID_KEY);
  return id === null || id === "" ? undefined : Number(id);
}

export const isOwnRollupSheet = (sheet: GasSheet, ownId: number | undefined): boolean => ownId !== undefined && sheet.getSheetId() === ownId;
