import { Command } from "commander";
import { extname } from "path";
import { resolveSettings } from "../../../core";
import type { Report } from "../../../core";
import { consolidate } from "../../../core/views/consolidate";
import { useColor } from "../ansi";
import type { CliIo } from "../cli-io";
import { complain, EXIT } from "../cli-io";
import { fileErrorLine } from "../file-problem-text";
import { formatConsolidated } from "../format-consolidated";
import { CheckFlags, localToday, readerChoice, refuse, toSettings } from "../options";
import { readReport } from "../read-report";
import { checkShareTargets, writeShareables } from "../share-output";
import { writeTerminalSafeJson, visibleDeep } from "../terminal-text";
import { addSettingsOptions } from "./settings-options";
import { cliLocale, HELP_TEXT } from "../i18n";
import type { HelpText } from "../i18n";

export interface ConsolidateFlags extends CheckFlags {
  readonly out?: string;
}

/**
 * `workplan-check consolidate FILE...`: every activities table of these files as one calendar, with the
 * action-plan coverage. Exit 0 when every file was read, 2 when one could not be (the others still count).
 */
export async function runConsolidate(files: readonly string[], flags: ConsolidateFlags, io: CliIo): Promise<number> {
  const settings = resolveSettings(toSettings(flags, io.env), localToday(io.now()));
  const L = cliLocale(settings);
  const reader = readerChoice(flags.reader, io.env.WORKPLAN_CHECK_READER);
  if (flags.out !== undefined && extname(flags.out).toLowerCase() !== ".xlsx") refuse({ key: "outXlsx", args: [flags.out] });
  await checkShareTargets(flags);
  const sources: { file: string; report: Report }[] = [];
  let unreadable = false;
  for (const file of files) {
    try {
      sources.push({ file, report: await readReport(file, settings, reader) });
    } catch (e) {
      unreadable = true;
      complain(io, fileErrorLine(e, file, L));
    }
  }
  if (sources.length === 0) return EXIT.unreadable;
  const consolidated = consolidate(sources, settings.milestones);
  // Cell text reaches the terminal with its control characters shown (terminal-text.ts).
  if (flags.json) writeTerminalSafeJson({ consolidated }, (s) => void io.stdout.write(s));
  else io.stdout.write(formatConsolidated(visibleDeep(consolidated), { color: useColor(io.stdout.isTTY, flags.color, io.env), locale: L }));
  try {
    if (flags.out) {
      const { writeConsolidatedXlsx } = await import("../write-consolidated"); // ExcelJS loads slowly: only when writing
      await writeConsolidatedXlsx(consolidated, flags.out);
      io.stderr.write(`workplan-check: ${L.t.output.wrote(flags.out)}\n`);
    }
    await writeShareables(flags, sources, consolidated, io, "workplan-check consolidate", L);
  } catch (e) {
    complain(io, e instanceof Error ? e.message : String(e));
    return EXIT.unreadable;
  }
  return unreadable ? EXIT.unreadable : EXIT.ok;
}

export function registerConsolidate(program: Command, io: CliIo, setExit: (code: number) => void, help: HelpText = HELP_TEXT.en): void {
  const t = help.consolidate;
  const cmd = program
    .command("consolidate")
    .description(t.description)
    .argument("<files...>", t.files)
    .option("--json", t.json)
    .option("--out <file>", t.out)
    .option("--html <file>", t.html)
    .option("--pdf <file>", t.pdf)
    .option("--no-color", t.noColor);
  addSettingsOptions(cmd, help)
    .addHelpText("after", "\n" + t.exitCodes)
    .action(async (files: string[], flags: ConsolidateFlags) => setExit(await runConsolidate(files, flags, io)));
}
