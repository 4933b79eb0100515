import { detectTables } from "../../../src/core/detect/detect-tables";
import { SheetView } from "../../../src/core/sheet-view";
import type { RawCell, SheetSnapshot } from "../../../src/core/snapshot";
import { KINDS } from "../../../src/core/kinds";
import { resolveSettings } from "../../../src/core";
import { exampleSnapshot } from "../../../examples/example-workbook";

const sheet = (rows: RawCell[][], extra: Partial<SheetSnapshot> = {}) =>
  new SheetView({ name: "S", originRow: 1, originColumn: 1, values: rows, ...extra });
const kinds = (rows: RawCell[][], extra: Partial<SheetSnapshot> = {}) =>
  detectTables(sheet(rows, extra)).tables.map((t) => `${t.kind} ${t.id.split("!")[1]}`);

describe("table detection", () => {
  it.each([
    ["English budget", ["COST", "Amount in CHF", "NOTES"], "budget"],
    ["French budget", ["Coût", "Montant", "Remarques"], "budget"],
    ["Spanish budget", ["Partida", "Importe", "Notas"], "budget"],
    ["English activities", ["Activity", "Lead", "Timeline", "Deliverable", "Status"], "activities"],
    ["French activities", ["Activité", "Responsable", "Calendrier", "Résultat", "État"], "activities"],
    ["Spanish activities", ["Actividad", "Responsable", "Calendario", "Producto", "Estado"], "activities"],
    ["staffing", ["Position", "FTE %", "Cost"], "staffing"],
    ["outreach log", ["State", "Date", "Stage", "Lead"], "outreach"],
    ["headers with trailing words", ["Activities", "Lead implementer", "Expected outputs by the Third Review Conference", "Timeline of activities"], "activities"],
  ])("%s", (_, header, kind) => {
    expect(kinds([header as RawCell[], ["x", 1, "y", "z", "w"]])).toEqual([`${kind} A1:${String.fromCharCode(64 + header.length)}2`]);
  });

  it("finds a header below a title and blank rows, not in column A", () => {
    const rows: RawCell[][] = [["Work plan 2025-2026"], [], [], [null, "Activity", "Lead", "Timeline"], [null, "Meet", "ISU", "May 2026"]];
    const d = detectTables(sheet(rows));
    expect(d.tables.map((t) => [t.id, t.title])).toEqual([["S!B4:D5", "Work plan 2025-2026"]]);
  });

  it("finds two tables on one sheet separated by blank rows", () => {
    expect(kinds([["COST", "Amount"], ["Travel", 5], ["Total", 5], [], [], ["Position", "FTE"], ["Director", "100%"]])).toEqual(["budget A1:B3", "staffing A6:B7"]);
  });

  it("keeps one blank row inside a table (reported by table.blank-row)", () => {
    expect(kinds([["Activity", "Lead"], ["A", "L"], [], ["B", "L"]])).toEqual(["activities A1:B4"]);
  });

  it("honours an Excel table declared by the host; an unknown one is reported", () => {
    const rows: RawCell[][] = [["notes"], ["Thing", "Other"], ["A", "L"]];
    const d = detectTables(sheet(rows, { tables: [{ name: "Plan", headerRow: 2, firstColumn: 1, lastColumn: 2, lastRow: 3 }] }));
    expect(d.tables).toEqual([]);
    expect(d.findings.map((f) => f.code)).toEqual(["table.unrecognised"]);
    const ok = detectTables(sheet([["x"], ["Activity", "Lead"], ["A", "L"]], { tables: [{ name: "Plan", headerRow: 2, firstColumn: 1, lastColumn: 2, lastRow: 3 }] }));
    expect(ok.tables.map((t) => [t.kind, t.source, t.hostTableName])).toEqual([["activities", "host-table", "Plan"]]);
  });

  it("does not take a sentence mentioning a cost for a header", () => {
    expect(kinds([["The cost of travel is high", "amount unknown", "and more words here", "x"]])).toEqual([]);
  });

  it("reports a sheet with text but no table, and an empty sheet", () => {
    expect(detectTables(sheet([["hello"]])).findings.map((f) => f.code)).toEqual(["table.unrecognised"]);
    expect(detectTables(sheet([])).findings.map((f) => f.code)).toEqual(["sheet.empty"]);
  });
});

describe("records match each kind's zod schema", () => {
  it("on the example workbook", () => {
    const settings = resolveSettings({}, "2026-10-01");
    for (const snap of exampleSnapshot().sheets) {
      const view = new SheetView(snap);
      for (const table of detectTables(view).tables) {
        const kind = KINDS[table.kind];
        for (const rec of kind.read({ table, sheet: view, settings })) {
          const r = kind.recordSchema.safeParse(rec);
          if (!r.success) throw new Error(`${table.id} row ${rec.row}: ${r.error.message}`);
        }
      }
    }
  });
});
