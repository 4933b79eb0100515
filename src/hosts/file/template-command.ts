import { existsSync, renameSync, rmSync, statSync } from "fs";
import { dirname, extname } from "path";
import { Argument, Command, Option } from "commander";
import { buildTemplate, PREFILL_NAMES, PREFILLS, prefillTitle, TemplateError, TEMPLATE_KINDS } from "../../core/templates";
import type { PrefillName, TemplateKind, TemplateSheet } from "../../core/templates";
import type { CliIo } from "./cli-io";
import { complain, EXIT } from "./cli-io";
import { LANGS } from "../../core/i18n";
import { cliLocale, HELP_TEXT, type HelpText } from "./i18n";
import { localToday, parseLangFlag, parsePlanWindow, refuse, usageText, UsageError } from "./options";
import { visible } from "./terminal-text";

export interface TemplateFlags {
  readonly out: string;
  readonly prefill?: string;
  readonly planWindow?: string;
  readonly force?: boolean;
  /** en, fr or es (or a locale such as fr_CH.UTF-8); default from the environment. */
  readonly lang?: string;
}

/** Checks the flags against each other and the file system; throws UsageError with one line. */
function checkFlags(kind: TemplateKind, flags: TemplateFlags): void {
  const prefill = flags.prefill as PrefillName | undefined;
  if (prefill && PREFILLS[prefill].kind !== kind) refuse({ key: "prefillKind", args: [prefill, PREFILLS[prefill].kind, kind] });
  if (flags.planWindow !== undefined && kind !== "activities") refuse({ key: "planWindowOnly", args: [] });
  checkOutFile(flags.out, flags.force);
}

/** --out names a new .xlsx in an existing folder (or an existing file with --force); else UsageError. */
export function checkOutFile(out: string, force: boolean | undefined): void {
  if (extname(out).toLowerCase() !== ".xlsx") refuse({ key: "outXlsx", args: [out] });
  if (!existsSync(dirname(out) || ".")) refuse({ key: "noFolder", args: [out, dirname(out)] });
  if (existsSync(out)) {
    if (statSync(out).isDirectory()) refuse({ key: "isFolder", args: [out] });
    if (!force) refuse({ key: "exists", args: [out] });
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
  // The language first: a bad --lang is refused in the environment's language, everything after in the chosen one.
  let L = cliLocale({ lang: parseLangFlag(undefined, io.env) });
  try {
    L = cliLocale({ lang: parseLangFlag(flags.lang, io.env) });
    checkFlags(kind, flags);
    const prefill = flags.prefill as PrefillName | undefined;
    const planWindow = flags.planWindow !== undefined ? parsePlanWindow(flags.planWindow) : undefined;
    const lang = L.lang;
    const template = buildTemplate(kind, prefill, { planWindow, today: localToday(io.now()), lang });
    await writeAtomically(template, flags.out);
    const filled = prefill ? prefillTitle(prefill, lang) : undefined;
    io.stdout.write(visible(L.t.output.templateWrote(flags.out, kind, template.sheetName, filled, L.kind(kind))) + "\n");
    return EXIT.ok;
  } catch (e) {
    if (e instanceof UsageError) complain(io, e.problem ? usageText(e.problem, L) : e.message);
    else if (e instanceof TemplateError) complain(io, e.message);
    else complain(io, L.t.usage.cannotWrite(flags.out, e instanceof Error ? e.message : String(e)));
    return EXIT.unreadable;
  }
}

/** Registers `template KIND --out FILE.xlsx [--prefill SEED] [--plan-window …] [--lang …] [--force]`, its help in `help`'s language. */
export function registerTemplateCommand(program: Command, io: CliIo, setExit: (code: number) => void, help: HelpText = HELP_TEXT.en): void {
  const t = help.template;
  const lang = LANGS.find((l) => HELP_TEXT[l] === help) ?? "en";
  const seeds = PREFILL_NAMES.map((p) => `  ${p.padEnd(22)} ${cliLocale({ lang }).kind(PREFILLS[p].kind)}: ${prefillTitle(p, lang)}`).join("\n");
  program
    .command("template")
    .description(t.description)
    .addArgument(new Argument("<kind>", t.kind).choices(TEMPLATE_KINDS.map((k) => k.kind)))
    .requiredOption("--out <file>", t.out)
    .addOption(new Option("--prefill <seed>", t.prefill).choices(PREFILL_NAMES))
    .option("--plan-window <months>", t.planWindow)
    .option("--lang <lang>", t.lang)
    .option("--force", t.force)
    .addHelpText("after", `\n${t.seeds}\n${seeds}\n\n${t.exitCodes}`)
    .action(async (kind: TemplateKind, flags: TemplateFlags) => setExit(await runTemplate(kind, flags, io)));
}
