import { existsSync, renameSync, rmSync, statSync } from "fs";
import { dirname, extname } from "path";
import { Argument, Command, Option } from "commander";
import { LANG_NAMES, LANGS, langFromEnv, parseLang } from "../../core/i18n";
import type { Lang } from "../../core/i18n";
import { buildTemplate, PREFILL_NAMES, PREFILLS, prefillTitle, TemplateError, TEMPLATE_KINDS } from "../../core/templates";
import type { PrefillName, TemplateKind, TemplateSheet } from "../../core/templates";
import type { CliIo } from "./cli-io";
import { complain, EXIT } from "./cli-io";
import { localToday, parsePlanWindow, UsageError } from "./options";
import { visible } from "./terminal-text";

export interface TemplateFlags {
  readonly out: string;
  readonly prefill?: string;
  readonly planWindow?: string;
  readonly force?: boolean;
  /** en, fr or es (or a locale such as fr_CH.UTF-8); default from the environment. */
  readonly lang?: string;
}

/** The template's language: --lang, else LANGUAGE/LC_ALL/LC_MESSAGES/LANG as gettext reads them. Throws UsageError. */
function templateLang(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
  if (flag === undefined) return langFromEnv(env);
  const lang = parseLang(flag);
  if (!lang) throw new UsageError(`--lang expects ${LANGS.map((l) => `${l} (${LANG_NAMES[l]})`).join(", ")}, not '${flag}'`);
  return lang;
}

/** Checks the flags against each other and the file system; throws UsageError with one line. */
function checkFlags(kind: TemplateKind, flags: TemplateFlags): void {
  const prefill = flags.prefill as PrefillName | undefined;
  if (prefill && PREFILLS[prefill].kind !== kind) throw new UsageError(`--prefill ${prefill} fills a ${PREFILLS[prefill].kind} template, not ${kind}`);
  if (flags.planWindow !== undefined && kind !== "activities") throw new UsageError("--plan-window applies to the activities template only");
  checkOutFile(flags.out, flags.force);
}

/** --out names a new .xlsx in an existing folder (or an existing file with --force); else UsageError. */
export function checkOutFile(out: string, force: boolean | undefined): void {
  if (extname(out).toLowerCase() !== ".xlsx") throw new UsageError(`--out must name an .xlsx file, not '${out}'`);
  if (!existsSync(dirname(out) || ".")) throw new UsageError(`cannot write ${out}: folder ${dirname(out)} does not exist`);
  if (existsSync(out)) {
    if (statSync(out).isDirectory()) throw new UsageError(`cannot write ${out}: it is a folder`);
    if (!force) throw new UsageError(`${out} already exists; add --force to replace it`);
  }
}

/** Writes next to the target, then renames: an interrupted write never leaves half a workbook under the name. */
export async function writeAtomically(templates: TemplateSheet | readonly TemplateSheet[], out: string): Promise<void> {
  const { writeTemplatesXlsx } = await import("./write-template"); // ExcelJS loads slowly: only when writing
  const partial = `${out}.partial-${process.pid}`;
  try {
    await writeTemplatesXlsx(Array.isArray(templates) ? templates : [templates as TemplateSheet], partial);
    renameSync(partial, out);
  } finally {
    rmSync(partial, { force: true });
  }
}

/** `workplan-check template KIND --out FILE.xlsx`: returns the exit code, printing one line either way. */
export async function runTemplate(kind: TemplateKind, flags: TemplateFlags, io: CliIo): Promise<number> {
  try {
    checkFlags(kind, flags);
    const prefill = flags.prefill as PrefillName | undefined;
    const planWindow = flags.planWindow !== undefined ? parsePlanWindow(flags.planWindow) : undefined;
    const lang = templateLang(flags.lang, io.env);
    const template = buildTemplate(kind, prefill, { planWindow, today: localToday(io.now()), lang });
    await writeAtomically(template, flags.out);
    const filled = prefill ? `, filled with ${prefillTitle(prefill, lang)}` : "";
    io.stdout.write(visible(`wrote ${flags.out}: ${kind} template '${template.sheetName}'${filled}. Check it after editing with: workplan-check ${flags.out}`) + "\n");
    return EXIT.ok;
  } catch (e) {
    if (e instanceof UsageError || e instanceof TemplateError) complain(io, e.message);
    else complain(io, `cannot write ${flags.out}: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT.unreadable;
  }
}

/** Registers `template KIND --out FILE.xlsx [--prefill SEED] [--plan-window …] [--force]`. */
export function registerTemplateCommand(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command("template")
    .description("write a ready-made table (activities, budget, staffing, outreach) as an .xlsx to fill in")
    .addArgument(new Argument("<kind>", "the kind of table").choices(TEMPLATE_KINDS.map((k) => k.kind)))
    .requiredOption("--out <file>", "the .xlsx file to write")
    .addOption(new Option("--prefill <seed>", "fill it with a published work plan or budget").choices(PREFILL_NAMES))
    .option("--plan-window <months>", "activities: the Gantt's months, YYYY-MM:YYYY-MM (default: this year and the next)")
    .option("--lang <lang>", "the template's language: en, fr or es (default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG)")
    .option("--force", "replace FILE if it exists")
    .addHelpText("after", `\nSeeds:\n${PREFILL_NAMES.map((p) => `  ${p.padEnd(22)} ${PREFILLS[p].kind}: ${PREFILLS[p].title}`).join("\n")}\n\nExit codes: 0 written, 2 a bad argument or the file cannot be written.`)
    .action(async (kind: TemplateKind, flags: TemplateFlags) => setExit(await runTemplate(kind, flags, io)));
}
