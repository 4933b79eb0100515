import { Command } from "commander";
import type { CliIo } from "../cli-io";
import type { CheckFlags } from "../options";
import { runCheck } from "../run-check";
import { addSettingsOptions } from "./settings-options";
import { HELP_TEXT } from "../i18n";
import type { HelpText } from "../i18n";

/** `workplan-check [check] FILE... [options]`: the default command. */
export function registerCheck(program: Command, io: CliIo, setExit: (code: number) => void, help: HelpText = HELP_TEXT.en): void {
  const t = help.check;
  const cmd = program
    .command("check", { isDefault: true })
    .description(t.description)
    .argument("<files...>", t.files)
    .option("--json", t.json);
  addSettingsOptions(cmd, help)
    .option("--max-issues <n>", t.maxIssues)
    .option("--html <file>", t.html)
    .option("--pdf <file>", t.pdf)
    .option("--verbose", t.verbose)
    .option("--no-color", t.noColor)
    .addHelpText("after", "\n" + t.exitCodes)
    .action(async (files: string[], flags: CheckFlags) => setExit(await runCheck(files, flags, io)));
}
