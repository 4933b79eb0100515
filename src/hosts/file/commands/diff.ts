import { Command } from "commander";
import { resolveSettings } from "../../../core";
import { diffReports, hasChanges } from "../../../core/views/diff";
import { useColor } from "../ansi";
import type { CliIo } from "../cli-io";
import { complain, EXIT } from "../cli-io";
import { fileErrorLine } from "../file-problem-text";
import { formatDiff } from "../format-diff";
import { CheckFlags, localToday, readerChoice, toSettings } from "../options";
import { readReport } from "../read-report";
import { writeTerminalSafeJson, visibleDeep } from "../terminal-text";
import { addSettingsOptions } from "./settings-options";
import { cliLocale, HELP_TEXT } from "../i18n";
import type { HelpText } from "../i18n";

/** `workplan-check diff OLD NEW`: exit 0 when nothing differs, 1 when something does, 2 when a file cannot be read. */
export async function runDiff(oldFile: string, newFile: string, flags: CheckFlags, io: CliIo): Promise<number> {
  const settings = resolveSettings(toSettings(flags, io.env), localToday(io.now()));
  const L = cliLocale(settings);
  const reader = readerChoice(flags.reader, io.env.WORKPLAN_CHECK_READER);
  const reports = [];
  for (const file of [oldFile, newFile]) {
    try {
      reports.push(await readReport(file, settings, reader));
    } catch (e) {
      complain(io, fileErrorLine(e, file, L));
      return EXIT.unreadable;
    }
  }
  const d = diffReports(reports[0], reports[1], { old: oldFile, new: newFile });
  // Cell text reaches the terminal with its control characters shown (terminal-text.ts).
  if (flags.json) writeTerminalSafeJson(d, (s) => void io.stdout.write(s));
  else io.stdout.write(formatDiff(visibleDeep(d), { color: useColor(io.stdout.isTTY, flags.color, io.env), currency: reports[1].rollups.budget[0]?.currency, locale: L }));
  return hasChanges(d) ? EXIT.issues : EXIT.ok;
}

export function registerDiff(program: Command, io: CliIo, setExit: (code: number) => void, help: HelpText = HELP_TEXT.en): void {
  const t = help.diff;
  const cmd = program
    .command("diff")
    .description(t.description)
    .argument("<old>", t.old)
    .argument("<new>", t.new)
    .option("--json", t.json)
    .option("--no-color", t.noColor);
  addSettingsOptions(cmd, help)
    .addHelpText("after", "\n" + t.exitCodes)
    .action(async (oldFile: string, newFile: string, flags: CheckFlags) => setExit(await runDiff(oldFile, newFile, flags, io)));
}
