/** A Gantt row's period as people read it: "2026-05", "2026-05 – 2026-06", "ongoing since 2026-02", "unscheduled". */
export function periodText(g: { readonly start: string | null; readonly end: string | null; readonly ongoing: boolean }): string {
  if (g.ongoing) return g.start ? `ongoing since ${g.start}` : "ongoing";
  if (g.start === null || g.end === null) return "unscheduled";
  return g.start === g.end ? g.start : `${g.start} – ${g.end}`;
}
