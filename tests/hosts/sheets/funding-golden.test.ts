import type { Report } from "../../../src/core";
import { expectFundingGolden } from "../../core/funding/expect-golden";
import { EXECUTION, FUNDING, GOLDEN_AS_OF } from "../../core/funding/funding-golden";
import { FakeAppsScript, type FakeSheet } from "./fake-apps-script";
import { EXAMPLE_FILE, exampleSeedSheets, loadCode, overTheWire, TIME_ZONE } from "./load-code";

const ROLLUPS = "Workplan Rollups";

function rowLabelled(sheet: FakeSheet, label: string): number {
  for (let r = 1; r <= sheet.extent().rows; r++) if (sheet.peek(r, 1)?.value === label) return r;
  throw new Error(`no row labelled ${label}`);
}

describe("Google Sheets (Apps Script fake) on the illustrative funding example", () => {
  it("validate gives the hand-computed figures; the rollup sheet carries them", () => {
    const fake = new FakeAppsScript({ name: EXAMPLE_FILE, timeZone: TIME_ZONE, sheets: exampleSeedSheets() });
    const { globals } = loadCode(fake);
    const report = overTheWire(globals.validate({ asOf: GOLDEN_AS_OF })) as Report;
    expectFundingGolden(report);
    globals.writeRollups(report);
    const sheet = fake.spreadsheet.sheets.find((s) => s.name === ROLLUPS)!;
    expect(sheet.peek(rowLabelled(sheet, "Received"), 2)?.value).toBe(FUNDING.received);
    expect(sheet.peek(rowLabelled(sheet, "Gap (budget − received)"), 2)?.value).toBe(FUNDING.gap);
    expect(sheet.peek(rowLabelled(sheet, "Projected at 31 December 2026"), 3)?.value).toBe(EXECUTION.projectedYearEnd);
  });

  it("settings rates reach the core through the sidebar's validate", () => {
    const fake = new FakeAppsScript({ name: EXAMPLE_FILE, timeZone: TIME_ZONE, sheets: exampleSeedSheets() });
    const { globals } = loadCode(fake);
    const report = overTheWire(globals.validate({ asOf: GOLDEN_AS_OF, rates: { EUR: "1" } })) as Report;
    expect(report.rollups.funding[0].byContributor[1]).toMatchObject({ name: "State Party B", pledged: 100000, received: 100000 });
  });
});
