/**
 * `workplan-check import FILE --out plan.xlsx [--json] [--force]`: a work plan written as a document
 * (.docx, .md, .txt) → the activities template (and a budget sheet for each budget table), written as
 * .xlsx, then read back and checked with the normal rules, so what cannot be read is reported as usual.
 */
import { basename } from "path";
import { Command } from "commander";
import { resolveSettings, toReport, validateWorkbook } from "../../core";
import type { Report } from "../../core";
import { importedTemplates, importPlan } from "../../core/import";
import type { DocLocation, ImportResult } from "../../core/import";
import { importMessage } from "../../core/messages";
import { useColor } from "./ansi";
import type { CliIo } from "./cli-io";
import { complain, EXIT } from "./cli-io";
import { FileReadError } from "./file-read-error";
import { fileErrorLine } from "./file-problem-text";
import { formatHuman } from "./format-human";
import { languageOf, localToday, UsageError, usageText } from "./options";
import type { LanguageFlags } from "./options";
import { addLanguageOptions } from "./commands/settings-options";
import { cliLocale, HELP_TEXT } from "./i18n";
import type { HelpText } from "./i18n";
import type { CliLocale } from "./i18n";
import { readDocument } from "./read-document";
import { readSpreadsheet } from "./read-file";
import { checkOutFile, writeAtomically } from "./template-command";

export interface ImportFlags extends LanguageFlags {
  readonly out: string;
  readonly json?: boolean;
  readonly force?: boolean;
  readonly color?: boolean;
}

/** Control characters from a document never reach the terminal as such. */
const plain = (s: string): string => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ");
const where = (l: DocLocation): string => `¶${l.paragraph}${l.headingPath.length > 0 ? ` (${l.headingPath.join(" > ")})` : ""}`;

function summary(file: string, out: string, r: ImportResult, sheets: readonly string[], L: CliLocale): string[] {
  const t = L.t.importing;
  const lines = [t.summary(file, out, r.activities.length, r.deliverables.length, r.budgets.length, sheets.map((s) => `'${s}'`).join(", "))];
  for (const b of r.budgets) lines.push("  " + t.budget(b.title, b.lines.length, L.units(b.total, b.currency)));
  for (const n of r.notices) lines.push("  " + t.note(where(n.location), importMessage(n.code, n.params, L.format)));
  return lines.map(plain);
}

/** The --json object: what was found (each with its place in the document) and the written workbook's report. */
function jsonOf(file: string, out: string, r: ImportResult, sheets: readonly string[], report: Report, L: CliLocale): unknown {
  return {
    file, out, sheets, title: r.title, lead: r.lead ?? null,
    activities: r.activities, deliverables: r.deliverables, budgets: r.budgets,
    notices: r.notices.map((n) => ({ ...n, message: importMessage(n.code, n.params, L.format) })),
    report,
  };
}

export async function runImport(file: string, flags: ImportFlags, io: CliIo): Promise<number> {
  let L = cliLocale();
  try {
    const language = languageOf(flags, io.env);
    L = cliLocale(language);
    checkOutFile(flags.out, flags.force);
    const doc = await readDocument(file, L.format);
    const parsed = importPlan(doc, { format: L.format });
    if (!parsed.ok) {
      complain(io, plain(`${file}: ${parsed.reason}`));
      return EXIT.unreadable;
    }
    const today = localToday(io.now());
    const templates = importedTemplates(parsed.value, today);
    await writeAtomically(templates, flags.out);
    // Read back what was written: the check sees the file a user opens, not the templates.
    const { snapshot } = await readSpreadsheet(flags.out);
    const report = toReport(validateWorkbook(snapshot, resolveSettings(language, today)), flags.out);
    const sheets = snapshot.sheets.map((s) => s.name);
    if (flags.json) io.stdout.write(JSON.stringify(jsonOf(file, flags.out, parsed.value, sheets, report, L)) + "\n");
    else {
      io.stdout.write(summary(file, flags.out, parsed.value, sheets, L).join("\n") + "\n\n");
      io.stdout.write(formatHuman(report, { color: useColor(io.stdout.isTTY, flags.color, io.env), locale: L }));
    }
    return report.valid ? EXIT.ok : EXIT.issues;
  } catch (e) {
    if (e instanceof FileReadError) complain(io, plain(fileErrorLine(e, file, L)));
    else if (e instanceof UsageError) complain(io, plain(e.problem ? usageText(e.problem, L) : e.message));
    else complain(io, plain(`cannot import ${basename(file)}: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`));
    return EXIT.unreadable;
  }
}

/** Registers `import FILE --out FILE.xlsx [--json] [--force]`. */
export function registerImportCommand(program: Command, io: CliIo, setExit: (code: number) => void, help: HelpText = HELP_TEXT.en): void {
  const t = help.import;
  const cmd = program
    .command("import")
    .description(t.description)
    .argument("<file>", t.file)
    .requiredOption("--out <file>", t.out)
    .option("--json", t.json)
    .option("--force", t.force)
    .option("--no-color", t.noColor);
  addLanguageOptions(cmd, help)
    .addHelpText("after", "\n" + t.exitCodes)
    .action(async (file: string, flags: ImportFlags) => setExit(await runImport(file, flags, io)));
}
