import { writeFileSync } from "fs";
import { join } from "path";
import { csvSheet, csvSheetName, readCsvText, sniffDelimiter } from "../../../src/hosts/file/read-csv";
import { readSpreadsheet } from "../../../src/hosts/file/read-file";
import { resolveSettings, toReport, validateWorkbook } from "../../../src/core";
import { tempDir } from "./example-xlsx";

describe("sniffDelimiter", () => {
  it("finds ; in a Swiss export even when amounts hold commas", () => {
    expect(sniffDelimiter("COST;Amount in CHF;NOTES\nSalaries;378'961;Director, Specialist, Assistant\nTravel;20'000;\n")).toBe(";");
  });
  it("finds , and ignores separators inside quotes", () => {
    expect(sniffDelimiter('Activity,Lead,Timeline\n"Meet; plan",ISU,"May – June 2026"\nReport,ISU,2026\n')).toBe(",");
  });
  it("finds tab", () => {
    expect(sniffDelimiter("Activity\tLead\tTimeline\nA\tB\tC\n")).toBe("\t");
  });
});

describe("csvSheet", () => {
  it("keeps every field as text, blanks as null, and marks the sheet text-only", () => {
    const s = csvSheet("COST;Amount in CHF;NOTES\r\nSalaries;378'961;\r\n;;\r\nTotal;514'753;x\r\n", "budget");
    expect(s).toMatchObject({ name: "budget", originRow: 1, originColumn: 1, textOnly: true });
    expect(s.values).toEqual([["COST", "Amount in CHF", "NOTES"], ["Salaries", "378'961"], [], ["Total", "514'753", "x"]]);
  });
  it("strips a BOM and keeps quoted line breaks inside one cell", () => {
    const s = csvSheet('\ufeffActivity,Notes\n"Two\nlines",ok\n', "plan");
    expect(s.values).toEqual([["Activity", "Notes"], ["Two\nlines", "ok"]]);
  });
  it("starts at the first used row when the file begins with blank lines", () => {
    const s = csvSheet("\n\nActivity;Lead\nA;B\n", "plan");
    expect([s.originRow, s.originColumn]).toEqual([3, 1]);
  });
});

describe("CSV files", () => {
  const tmp = tempDir();
  afterAll(tmp.cleanup);

  it("names the one sheet after the file, without extension", () => {
    expect(csvSheetName("/data/ISU budget 2026.csv")).toBe("ISU budget 2026");
    expect(readCsvText("a;b\n", "C:\\data\\plan.v2.csv").sheets[0].name).toBe("plan.v2");
  });

  it("reads a ;-separated UTF-8 file with BOM and the core totals it", async () => {
    const rows = [
      "2026 Budget of the Implementation Support Unit;;", ";;", "COST;Amount in CHF;NOTES",
      "Salaries;378'961;The Director (100%)", "Social charges;75'792;Estimated at 20% of salary",
      "Communication;20'000;Web", "Travel;20'000;Staff travel", "Other implementation support costs;20'000;Workshops",
      "Total;514'753;", "Administrative expenses;GICHD, in-kind;Office space",
    ];
    const path = join(tmp.dir, "ISU Budget 2026.csv");
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rows.join("\r\n") + "\r\n", "utf8")]));
    const { snapshot, kind } = await readSpreadsheet(path);
    expect(kind).toBe("text");
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["ISU Budget 2026"]);
    const report = toReport(validateWorkbook(snapshot, resolveSettings({}, "2026-01-15")), path);
    expect(report.rollups.budget[0]).toMatchObject({ total: 514753, statedTotal: 514753 });
    expect(report.issues.filter((i) => i.code === "cell.number-as-text")).toEqual([]);
  });

  it("reads a Latin-1 file written by Excel on Windows", async () => {
    const path = join(tmp.dir, "plan.csv");
    writeFileSync(path, Buffer.from("Activit\xe9;Timeline\nR\xe9union;May \x96 June 2026\n", "latin1"));
    const { snapshot } = await readSpreadsheet(path);
    expect(snapshot.sheets[0].values).toEqual([["Activité", "Timeline"], ["Réunion", "May – June 2026"]]);
  });
});
