import { Command, Option } from "commander";
import { GROUPINGS, LANGS } from "../../../core/i18n";
import { READER_CHOICES } from "../read-xlsx";

const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * --lang and --grouping, which every command takes (check, consolidate, diff, import, template); parsed by
 * options.ts (languageOf), so an unknown value gets the same clear line everywhere.
 */
export function addLanguageOptions(cmd: Command): Command {
  return cmd
    .option("--lang <lang>", `language of the report and messages: ${LANGS.join(", ")} (default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG, else en)`)
    .option("--grouping <style>", `how amounts are grouped: ${GROUPINGS.join(", ")} (default: apostrophe, 514'753)`);
}

/** The settings flags every command that reads workbooks takes (check, consolidate, diff); parsed by options.ts. */
export function addSettingsOptions(cmd: Command): Command {
  return addLanguageOptions(cmd)
    .option("--as-of <date>", "today's date for overdue and future checks, YYYY-MM-DD (default: today)")
    .option("--plan-window <months>", "the plan period, YYYY-MM:YYYY-MM (default: read from titles and names)")
    .option("--actions <range>", "valid action-plan numbers, e.g. 1-50 (default: 1-50)")
    .option("--action-plan <name=range>", "another action plan for coverage, e.g. \"Vientiane Action Plan (VAP)=1-40\" (repeatable)", collect)
    .option("--milestone <name=month>", "a named milestone, e.g. 3RC=2026-09 (repeatable)", collect)
    .option("--currency <code>", "currency when a sheet does not say (default: CHF)")
    .option("--rate <code=rate>", "an exchange rate to the budget's currency, e.g. EUR=0.9412 (repeatable; wins over a rate table)", collect)
    .addOption(new Option("--reader <kind>", "workbook reader: auto (this tool's own, SheetJS for .xls/.xlsb/.ods), or whole, stream (ExcelJS), sheetjs").choices([...READER_CHOICES]).env("WORKPLAN_CHECK_READER"));
}
