import { Command, Option } from "commander";
import type { CliIo } from "../cli-io";
import type { CheckFlags } from "../options";
import { READER_CHOICES } from "../read-xlsx";
import { runCheck } from "../run-check";

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `workplan-check [check] FILE... [options]`: the default command. */
export function registerCheck(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command("check", { isDefault: true })
    .description("check workplan, budget, staffing and outreach tables in .xlsx, .xls, .ods or .csv files")
    .argument("<files...>", ".xlsx, .xlsm, .xlsb, .xls, .ods or .csv files (the type is read from the content, not the name)")
    .option("--json", "print one JSON report on stdout (for several files: { \"reports\": [...] })")
    .option("--as-of <date>", "today's date for overdue and future checks, YYYY-MM-DD (default: today)")
    .option("--plan-window <months>", "the plan period, YYYY-MM:YYYY-MM (default: read from titles and names)")
    .option("--actions <range>", "valid action-plan numbers, e.g. 1-50 (default: 1-50)")
    .option("--milestone <name=month>", "a named milestone, e.g. 3RC=2026-09 (repeatable)", collect)
    .option("--action-plan <name=range>", "another action plan for coverage, e.g. \"Vientiane Action Plan (VAP)=1-40\" (repeatable)", collect)
    .option("--currency <code>", "currency when a sheet does not say (default: CHF)")
    .option("--max-issues <n>", "list at most n issues per rule and table, then one summary (0 lists all; default 200)")
    .option("--html <file>", "also write the report to share as one self-contained HTML page (print it to PDF from any browser)")
    .option("--pdf <file>", "also print that report to PDF with headless Chromium, Chrome or Edge when one is installed")
    .option("--verbose", "in the text report, list every issue instead of the first few of each kind per table")
    .option("--no-color", "no colours in the text report (also: NO_COLOR=1)")
    .addOption(new Option("--reader <kind>", "workbook reader: auto (this tool's own, SheetJS for .xls/.xlsb/.ods), or for a second opinion whole or stream (ExcelJS), sheetjs").choices([...READER_CHOICES]).env("WORKPLAN_CHECK_READER"))
    .addHelpText("after", "\nExit codes: 0 no errors (warnings allowed), 1 errors found, 2 a file or an argument cannot be read.")
    .action(async (files: string[], flags: CheckFlags) => setExit(await runCheck(files, flags, io)));
}
