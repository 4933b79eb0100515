import { promises as fs } from "fs";
import { tmpdir } from "os";
import { basename, dirname, extname, join } from "path";
import type { Report } from "../../core";
import type { Consolidated } from "../../core/views/consolidate";
import { htmlReport } from "../../views/html-report";
import { reportText } from "../../views/report-text";
import type { CliIo } from "./cli-io";
import { refuse } from "./options";
import { printPdf } from "./pdf";
import { ENGLISH_CLI } from "./i18n";
import type { CliLocale } from "./i18n";

export interface ShareFlags {
  readonly html?: string;
  readonly pdf?: string;
}

/** Refuses a target that cannot be written before any file is read (one clear line, exit 2). */
export async function checkShareTargets(flags: ShareFlags): Promise<void> {
  for (const [flag, path, ext] of [["--html", flags.html, ".html"], ["--pdf", flags.pdf, ".pdf"]] as const) {
    if (path === undefined) continue;
    if (![ext, ...(ext === ".html" ? [".htm"] : [])].includes(extname(path).toLowerCase())) refuse({ key: "shareExt", args: [flag, ext, path] });
    const dir = dirname(path) || ".";
    const st = await fs.stat(dir).catch(() => null);
    if (!st?.isDirectory()) refuse({ key: "noFolder", args: [path, dir] });
    const target = await fs.stat(path).catch(() => null);
    if (target?.isDirectory()) refuse({ key: "isFolder", args: [path] });
  }
}

/** Writes next to the target, then renames: an interrupted write never leaves half a file under the name. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const partial = `${path}.partial-${process.pid}`;
  try {
    await fs.writeFile(partial, text, "utf8");
    await fs.rename(partial, path);
  } finally {
    await fs.rm(partial, { force: true });
  }
}

/** --html and --pdf: the shareable report of these files (and their consolidated calendar). */
export async function writeShareables(flags: ShareFlags, reports: readonly { file: string; report: Report }[], consolidated: Consolidated | undefined, io: CliIo, generator: string, L: CliLocale = ENGLISH_CLI): Promise<void> {
  if (!flags.html && !flags.pdf) return;
  const words = reportText(L.lang);
  const title = reports.length === 1 ? words.titleOf(basename(reports[0].file)) : words.titleAllPlans;
  const html = htmlReport({ title, reports, consolidated, generator, lang: L.lang, grouping: L.format.grouping });
  if (flags.html) {
    await writeAtomically(flags.html, html);
    io.stderr.write(`workplan-check: ${L.t.output.wrote(flags.html)}\n`);
  }
  if (flags.pdf) {
    const dir = await fs.mkdtemp(join(tmpdir(), "workplan-check-"));
    try {
      const page = join(dir, "report.html");
      await fs.writeFile(page, html, "utf8");
      await printPdf(page, flags.pdf, io.env);
      io.stderr.write(`workplan-check: ${L.t.output.wrote(flags.pdf)}\n`);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }
}
