import { Command } from "commander";
import type { CliIo } from "../cli-io";
import type { CheckFlags } from "../options";
import { runCheck } from "../run-check";
import { addSettingsOptions } from "./settings-options";

/** `workplan-check [check] FILE... [options]`: the default command. */
export function registerCheck(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const cmd = program
    .command("check", { isDefault: true })
    .description("check workplan, budget, staffing and outreach tables in .xlsx, .xls, .ods or .csv files")
    .argument("<files...>", ".xlsx, .xlsm, .xlsb, .xls, .ods or .csv files (the type is read from the content, not the name)")
    .option("--json", "print one JSON report on stdout (for several files: { \"reports\": [...] })");
  addSettingsOptions(cmd)
    .option("--max-issues <n>", "list at most n issues per rule and table, then one summary (0 lists all; default 200)")
    .option("--html <file>", "also write the report to share as one self-contained HTML page (print it to PDF from any browser)")
    .option("--pdf <file>", "also print that report to PDF with headless Chromium, Chrome or Edge when one is installed")
    .option("--verbose", "in the text report, list every issue instead of the first few of each kind per table")
    .option("--no-color", "no colours in the text report (also: NO_COLOR=1)")
    .addHelpText("after", "\nExit codes: 0 no errors (warnings allowed), 1 errors found, 2 a file or an argument cannot be read.")
    .action(async (files: string[], flags: CheckFlags) => setExit(await runCheck(files, flags, io)));
}
