import { a1 } from "../a1";
import type { StaffingRecord } from "../kinds/staffing";
import { minorToUnits } from "../parse/amount";
import type { DetectedTable } from "../table";

export interface StaffingRollup {
  readonly sheet: string;
  readonly table: string;
  readonly positions: { readonly position: string; readonly fte: number | null; readonly cost: number | null; readonly cell: string }[];
  readonly fteTotal: number;
  readonly costTotal: number | null;
}

export function staffingRollup(table: DetectedTable, records: readonly StaffingRecord[]): StaffingRollup {
  let fteMilli = 0, costMinor = 0, anyCost = false;
  const positions = records.filter((r) => !r.isTotal).map((r) => {
    const fte = r.fte.kind === "share" ? r.fte.fraction : null;
    if (fte !== null) fteMilli += Math.round(fte * 1000); // thousandths: exact sums of shares like 0.5 + 0.2
    const cost = r.cost.kind === "amount" ? r.cost.minor : null;
    if (cost !== null) { costMinor += cost; anyCost = true; }
    return { position: r.position, fte, cost: cost === null ? null : minorToUnits(cost), cell: a1(r.row, table.columns.position) };
  });
  return { sheet: table.sheet, table: table.id, positions, fteTotal: fteMilli / 1000, costTotal: anyCost ? minorToUnits(costMinor) : null };
}
