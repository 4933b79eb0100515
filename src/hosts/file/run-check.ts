import { resolveSettings, toReport, validateWorkbook } from "../../core";
import type { Report } from "../../core";
import type { CliIo } from "./cli-io";
import { complain, EXIT } from "./cli-io";
import { FileReadError } from "./file-read-error";
import { fileErrorLine } from "./file-problem-text";
import { formatHuman } from "./format-human";
import { useColor } from "./ansi";
import { localToday, readerChoice, toSettings } from "./options";
import type { CheckFlags } from "./options";
import { progressBar } from "./progress";
import { readSpreadsheet } from "./read-file";
import { checkShareTargets, writeShareables } from "./share-output";
import { consolidate } from "../../core/views/consolidate";
import { LIMITS } from "./xlsx/limits";
import type { CutText } from "./xlsx/read-xlsx-lean";
import { writeTerminalSafeJson } from "./terminal-text";
import { cliLocale } from "./i18n";
import type { CliLocale } from "./i18n";

/** Cells cut to Excel's maximum length, said once per file (the first few named). */
function cutNote(cut: readonly CutText[], L: CliLocale): string {
  const named = cut.slice(0, 3).map((c) => L.t.reading.cutCell(`'${c.sheet}'!${c.cell}`, L.format.count(c.length))).join(", ");
  return L.t.reading.cut(L.format.count(cut.length), L.format.count(LIMITS.cellChars), named + (cut.length > 3 ? ", …" : ""));
}

/**
 * Checks each file and prints its report: human text as each file is done, or with --json exactly
 * one JSON object at the end (the report for one FILE argument, `{ "reports": [...] }` for several).
 * Returns the exit code: 2 if a file could not be read, else 1 if any report has errors, else 0.
 */
export async function runCheck(files: readonly string[], flags: CheckFlags, io: CliIo): Promise<number> {
  const resolved = resolveSettings(toSettings(flags, io.env), localToday(io.now()));
  const L = cliLocale(resolved);
  const reader = readerChoice(flags.reader, io.env.WORKPLAN_CHECK_READER);
  const color = useColor(io.stdout.isTTY, flags.color, io.env);
  await checkShareTargets(flags);
  const reports: Report[] = [];
  let unreadable = false;
  for (const file of files) {
    const bar = progressBar(io, file, L);
    try {
      const { snapshot, reader: used, cut } = await readSpreadsheet(file, { reader, onProgress: bar.reading });
      bar.checking();
      const report = toReport(validateWorkbook(snapshot, resolved), file);
      bar.stop();
      reports.push(report);
      const notes = [...(used === "stream" ? [L.t.reading.streaming] : []), ...(cut ? [cutNote(cut, L)] : [])];
      if (flags.json) for (const n of notes) io.stderr.write(`workplan-check: ${file}: ${L.t.header.note}${n}\n`);
      if (!flags.json) io.stdout.write((reports.length > 1 ? "\n" : "") + formatHuman(report, { color, notes, verbose: flags.verbose, locale: L }));
    } catch (e) {
      bar.stop();
      unreadable = true;
      complain(io, fileErrorLine(e, file, L));
      if (!(e instanceof FileReadError) && io.env.WORKPLAN_CHECK_DEBUG) io.stderr.write(String((e as Error)?.stack) + "\n");
    }
  }
  if (flags.json && (reports.length > 0 || files.length > 1)) {
    writeTerminalSafeJson(files.length === 1 ? reports[0] : { reports }, (s) => void io.stdout.write(s));
  }
  if (reports.length > 0 && (flags.html || flags.pdf)) {
    const sources = reports.map((r, i) => ({ file: r.file ?? files[i], report: r }));
    try {
      await writeShareables(flags, sources, consolidate(sources, resolved.milestones), io, "workplan-check", L);
    } catch (e) {
      complain(io, e instanceof Error ? e.message : String(e));
      return EXIT.unreadable;
    }
  }
  if (unreadable) return EXIT.unreadable;
  return reports.some((r) => !r.valid) ? EXIT.issues : EXIT.ok;
}
