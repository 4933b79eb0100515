/**
 * One list of inputs through Excel's custom functions (src/hosts/excel/functions.ts, as Excel calls them: every
 * argument a matrix, dates as serials) and through Google Sheets' (the BUILT dist/gas/Code.js, as Sheets calls
 * them: single values or ranges, dates as Date objects), compared result by result: same dates, same numbers,
 * same messages, same errors.
 */
import { EXAMPLE_SHEETS } from "../../../examples/example-workbook";
import { excelSerialToIso, isoToExcelSerial } from "../../../src/core/parse/date";
import { FakeAppsScript, formatDate, midnightIn } from "../hosts/../sheets/fake-apps-script";
import { exampleSeedSheets, loadCode, TIME_ZONE } from "../sheets/load-code";

type Logical = string | number | { date: string } | Logical[][];

/** Excel's stand-in for Office: the date system (DATE(1904,1,1)) and the number formats of a parameter's address. */
const formatsByAddress = new Map<string, string[][]>();
(globalThis as Record<string, unknown>).Excel = {
  run: async (batch: (c: unknown) => Promise<unknown>) => batch({
    workbook: {
      functions: { date: () => ({ load: () => undefined, value: 1462 }) },
      worksheets: { getItem: (sheet: string) => ({ getRange: (a: string) => ({ load: () => undefined, numberFormat: formatsByAddress.get(`${sheet}!${a}`) }) }) },
    },
    sync: async () => undefined,
  }),
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const excel = require("../../../src/hosts/excel/functions") as typeof import("../../../src/hosts/excel/functions");
afterAll(() => delete (globalThis as Record<string, unknown>).Excel);

const sheets = loadCode(new FakeAppsScript({ name: "Workplan", timeZone: TIME_ZONE, sheets: [] })).globals;

const isDateCell = (v: Logical): v is { date: string } => typeof v === "object" && !Array.isArray(v);
const forSheets = (v: Logical): unknown => (Array.isArray(v) ? v.map((r) => r.map(forSheets)) : isDateCell(v) ? midnightIn(v.date, TIME_ZONE) : v);
const forExcel = (v: Logical): unknown => (Array.isArray(v) ? v.map((r) => r.map(forExcel)) : isDateCell(v) ? isoToExcelSerial(v.date) : v);
const asMatrix = (v: Logical): unknown[][] => (Array.isArray(v) ? (forExcel(v) as unknown[][]) : [[forExcel(v)]]);
/** Sheets' Date objects and Excel's serials (for the date functions) both as ISO days. */
const fromSheets = (v: unknown): unknown => (Array.isArray(v) ? v.map(fromSheets) : Object.prototype.toString.call(v) === "[object Date]" ? formatDate(v as Date, TIME_ZONE, "yyyy-MM-dd") : v);
const fromExcel = (v: unknown, dates: boolean): unknown => {
  if (Array.isArray(v)) return v.map((x) => fromExcel(x, dates));
  if (dates && typeof v === "number") {
    const iso = excelSerialToIso(v);
    return iso.ok ? iso.value : v;
  }
  return v;
};

const outcome = async (f: () => unknown): Promise<unknown> => {
  try {
    return { value: await f() };
  } catch (e) {
    return { error: (e as Error).message };
  }
};
/** A single input gives a 1×1 matrix in Excel, a single value in Sheets. */
const unwrap = (r: unknown, single: boolean): unknown => (single && Array.isArray(r) ? r[0][0] : r);

const TIMELINES: Logical[] = [...new Set(EXAMPLE_SHEETS.filter((s) => s.rows[1]?.[4] === "Timeline").flatMap((s) => s.rows.slice(2).map((r) => r[4]).filter((v): v is string => typeof v === "string")))];
const PERIOD_INPUTS: Logical[] = [
  ...TIMELINES, "Febtember 2026", "", { date: "2026-03-10" },
  [["First quarter of 2026", { date: "2026-03-10" }], ["", "Febtember 2026"], ["Ongoing", "May – June 2026"]],
];
const AMOUNT_INPUTS: Logical[] = ["514'753", "CHF 20'000.-", "1 234,50", "1,234.50", "CHF 1'000", "20 000", 378961, 0.5, "", "GICHD, in-kind", "twelve",
  [["514'753", ""], [75792, "n/a"], ["CHF 20'000.-", "1 234,50"]]];

const budget = exampleSeedSheets()[0].values.slice(2, 10).map((r) => [0, 1, 2].map((i) => (r[i] ?? "") as Logical));
const wrongTotal = budget.map((r, i) => (i === 6 ? [r[0], 500000, r[2]] : r));
const logical = (v: unknown): Logical => (v === null ? "" : v instanceof Date ? { date: formatDate(v, TIME_ZONE, "yyyy-MM-dd") } : (v as Logical));
const outreach = exampleSeedSheets().find((s) => s.name.startsWith("Outreach"))!.values.slice(1).map((r) => r.map(logical));
const future = outreach.map((r, i) => (i === 1 ? [r[0], { date: "2099-01-01" }, ...r.slice(2)] : r));
/** Tables, each with no as-of date (saved, else today) and with one given as a date cell. */
const CHECK_INPUTS: [Logical, Logical | undefined][] = [budget, wrongTotal, outreach, future, "hello"].flatMap((t): [Logical, Logical | undefined][] => [[t, undefined], [t, { date: "2026-02-01" }]]);

describe.each([
  ["PERIOD_START", "WORKPLAN_PERIOD_START", excel.periodStart, PERIOD_INPUTS, true],
  ["PERIOD_END", "WORKPLAN_PERIOD_END", excel.periodEnd, PERIOD_INPUTS, true],
  ["AMOUNT", "WORKPLAN_AMOUNT", excel.amount, AMOUNT_INPUTS, false],
] as const)("WORKPLAN.%s in Excel and %s in Sheets", (_x, sheetsName, excelFn, inputs, dates) => {
  test.each(inputs.map((i) => [JSON.stringify(i).slice(0, 60), i] as const))("same result for %s", async (_label, input) => {
    const single = !Array.isArray(input);
    const inSheets = await outcome(() => fromSheets(sheets[sheetsName](forSheets(input))));
    const inExcel = await outcome(async () => fromExcel(unwrap(await (excelFn as (x: unknown[][]) => Promise<unknown[][]>)(asMatrix(input)), single), dates));
    expect(inExcel).toEqual(inSheets);
  });
});

describe("WORKPLAN.CHECK in Excel and WORKPLAN_CHECK in Sheets", () => {
  test.each(CHECK_INPUTS.map(([t, asOf], i) => [Math.floor(i / 2), asOf ? "as of 2026-02-01" : "no as-of date", t, asOf] as const))("same message for table %i, %s", async (n, _label, input, asOf) => {
    const address = `Plan!A1:G${n + 1}`;
    const matrix = asMatrix(input);
    // The date cells' format, which the Excel glue reads at the parameter's address.
    formatsByAddress.set(address, (Array.isArray(input) ? input : [[input]]).map((r) => r.map((v) => (isDateCell(v) ? "dd/mm/yyyy" : "General"))));
    // "Today" is the computer's local date in Excel and the spreadsheet's zone in Sheets: around midnight they differ.
    const today = (o: unknown) => JSON.parse(JSON.stringify(o).replace(/after today \(\d{4}-\d{2}-\d{2}\)/, "after today (…)"));
    const inSheets = today(await outcome(() => sheets.WORKPLAN_CHECK(forSheets(input), asOf === undefined ? undefined : forSheets(asOf))));
    const inExcel = today(await outcome(() => excel.check(matrix, asOf === undefined ? null : forExcel(asOf), { parameterAddresses: [address] } as CustomFunctions.Invocation)));
    expect(inExcel).toEqual(inSheets);
    if (n === 1) expect(inExcel).toEqual({ value: expect.stringMatching(/stated total is CHF 500'000/) });
    if (n === 3) expect(inExcel).toEqual({ value: expect.stringMatching(/dated 2099-01-01, after/) });
  });
});
