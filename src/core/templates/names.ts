import type { TemplateCell, TemplateSheet } from "./template";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The template with its named ranges renamed (`{ SocialChargesRate: "SocialChargesRate_2" }`), in the
 * names and in every formula. Names are workbook-wide in Excel and Sheets: a host inserting a second
 * budget renames before writing. Template formulas hold no text literals, so a whole-word match is exact.
 */
export function renameNames(t: TemplateSheet, renames: Readonly<Record<string, string>>): TemplateSheet {
  const from = Object.keys(renames).filter((k) => renames[k] !== k);
  if (from.length === 0) return t;
  const re = new RegExp(`(?<![A-Za-z0-9_.])(${from.map(escape).join("|")})(?![A-Za-z0-9_.(])`, "g");
  const rewrite = (f: string) => f.replace(re, (name: string) => renames[name]);
  const cell = (c: TemplateCell | null): TemplateCell | null => (c?.formula !== undefined ? { ...c, formula: rewrite(c.formula) } : c);
  return {
    ...t,
    rows: t.rows.map((row) => row.map(cell)),
    conditionalFormats: t.conditionalFormats.map((cf) => ({ ...cf, formula: rewrite(cf.formula) })),
    namedRanges: t.namedRanges.map((n) => ({ ...n, name: renames[n.name] ?? n.name })),
  };
}
