import { readFileSync } from "fs";
import { dirname, join } from "path";
import { Command, CommanderError } from "commander";
import type { CliIo } from "./cli-io";
import { complain, EXIT } from "./cli-io";
import { registerCheck } from "./commands/check";
import { registerConsolidate } from "./commands/consolidate";
import { registerDiff } from "./commands/diff";
import { registerTemplateCommand } from "./template-command";
import { registerImportCommand } from "./import-command";
import { langFromArgv, UsageError, usageText } from "./options";
import { cliLocale, HELP_TEXT } from "./i18n";
import type { HelpText } from "./i18n";
import type { Lang } from "../../core/i18n";
import { visible } from "./terminal-text";

/**
 * A command's registration: adds it to the program, its help in `help`'s language (English when a
 * registration does not take it). Add a subcommand by adding its function here.
 */
export type RegisterCommand = (program: Command, io: CliIo, setExit: (code: number) => void, help: HelpText) => void;
export const COMMANDS: RegisterCommand[] = [registerCheck, registerTemplateCommand, registerConsolidate, registerDiff, registerImportCommand];

/** The version in the nearest package.json above this file (source and build trees alike). */
function version(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "workplan-check" && pkg.version) return pkg.version;
    } catch {
      // not here; look higher up
    }
  }
  return "unknown";
}

/** The program with every command; errors and help go through `io`, exits are thrown, not taken. */
export function createProgram(io: CliIo, setExit: (code: number) => void, commands: readonly RegisterCommand[] = COMMANDS, lang: Lang = "en"): Command {
  const help = HELP_TEXT[lang];
  const program = new Command("workplan-check")
    .description(help.program)
    .version(version(), "-V, --version", help.version)
    .helpOption("-h, --help", help.help)
    .helpCommand("help [command]", help.help)
    // Commander's own titles ("Usage:", "Options:") in the language; subcommands inherit this.
    .configureHelp({ styleTitle: (title) => (help.titles as Readonly<Record<string, string>>)[title] ?? title })
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      // One line, as for every other failure: commander's "error: …" becomes "workplan-check: … (see --help)".
      outputError: (s, write) => write(`workplan-check: ${visible(s.replace(/^error: /, "").trim())} (see workplan-check --help)\n`),
    })
    .exitOverride();
  for (const register of commands) register(program, io, setExit, help);
  return program;
}

/** Runs the CLI on `argv` (process.argv shape) and returns the exit code; never throws. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let code: number = EXIT.ok;
  try {
    await createProgram(io, (c) => (code = c), COMMANDS, langFromArgv(argv, io.env)).parseAsync([...argv]);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.unreadable; // commander printed the line
    if (e instanceof UsageError) complain(io, e.problem ? usageText(e.problem, cliLocale({ lang: langFromArgv(argv, io.env) })) : e.message);
    else complain(io, `unexpected error: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT.unreadable;
  }
}
