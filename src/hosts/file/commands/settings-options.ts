import { Command, Option } from "commander";
import { GROUPINGS, LANGS } from "../../../core/i18n";
import { READER_CHOICES } from "../read-xlsx";
import { HELP_TEXT } from "../i18n";
import type { HelpText } from "../i18n";

const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * --lang and --grouping, which every command takes (check, consolidate, diff, import, template); parsed by
 * options.ts (languageOf), so an unknown value gets the same clear line everywhere.
 */
export function addLanguageOptions(cmd: Command, help: HelpText = HELP_TEXT.en): Command {
  return cmd
    .option("--lang <lang>", help.settings.lang(LANGS.join(", ")))
    .option("--grouping <style>", help.settings.grouping(GROUPINGS.join(", ")));
}

/** The settings flags every command that reads workbooks takes (check, consolidate, diff); parsed by options.ts. */
export function addSettingsOptions(cmd: Command, help: HelpText = HELP_TEXT.en): Command {
  const t = help.settings;
  return addLanguageOptions(cmd, help)
    .option("--as-of <date>", t.asOf)
    .option("--plan-window <months>", t.planWindow)
    .option("--actions <range>", t.actions)
    .option("--action-plan <name=range>", t.actionPlan, collect)
    .option("--milestone <name=month>", t.milestone, collect)
    .option("--currency <code>", t.currency)
    .option("--rate <code=rate>", t.rate, collect)
    .addOption(new Option("--reader <kind>", t.reader).choices([...READER_CHOICES]).env("WORKPLAN_CHECK_READER"));
}
