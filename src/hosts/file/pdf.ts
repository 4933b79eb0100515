import { spawn } from "child_process";
import { accessSync, constants, promises as fs } from "fs";
import { delimiter, join } from "path";
import { pathToFileURL } from "url";

/**
 * --pdf prints the HTML report with a Chromium-family browser already on the machine, run headless
 * from the command line (`--print-to-pdf`): no npm download, no bundled browser. Which one: the
 * WORKPLAN_CHECK_CHROMIUM or CHROMIUM_PATH variable, else the usual names on PATH and install places.
 */
const NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "microsoft-edge", "msedge", "chrome"];
const PLACES = [
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
  "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe",
];

export const INSTALL_HINT =
  "--pdf needs Chromium, Google Chrome or Microsoft Edge and none was found. Install one (Debian/Ubuntu: sudo apt install chromium; " +
  "macOS/Windows: install Google Chrome), or set WORKPLAN_CHECK_CHROMIUM to its program file. The --html report prints to PDF from any browser too.";

const runnable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The browser to print with, or undefined when there is none. */
export function findChromium(env: NodeJS.ProcessEnv): string | undefined {
  const set = env.WORKPLAN_CHECK_CHROMIUM ?? env.CHROMIUM_PATH;
  if (set) return runnable(set) ? set : undefined;
  const exts = process.platform === "win32" ? [".exe", ""] : [""];
  for (const name of NAMES) for (const dir of (env.PATH ?? "").split(delimiter).filter(Boolean)) for (const ext of exts) {
    const p = join(dir, name + ext);
    if (runnable(p)) return p;
  }
  return PLACES.find(runnable);
}

export class PdfError extends Error {
  override readonly name = "PdfError";
}

/** How long a print may take before it is stopped (a stuck browser must not hang the CLI). */
const PRINT_TIMEOUT_MS = 120_000;

/** Prints `htmlFile` to `pdfFile` with headless Chromium; A4 and page breaks come from the report's print styles. */
export async function printPdf(htmlFile: string, pdfFile: string, env: NodeJS.ProcessEnv): Promise<void> {
  const browser = findChromium(env);
  if (!browser) throw new PdfError(INSTALL_HINT);
  const args = ["--headless", "--disable-gpu", "--no-first-run", "--disable-extensions", "--disable-background-networking", "--no-pdf-header-footer", `--print-to-pdf=${pdfFile}`];
  // Chromium refuses to run as root with its sandbox (containers, CI); the page is our own static report.
  if (typeof process.getuid === "function" && process.getuid() === 0) args.push("--no-sandbox");
  await fs.rm(pdfFile, { force: true });
  await new Promise<void>((resolve, reject) => {
    const child = spawn(browser, [...args, pathToFileURL(htmlFile).href], { stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (d: Buffer) => { if (err.length < 4000) err += d.toString(); });
    const timer = setTimeout(() => child.kill("SIGKILL"), PRINT_TIMEOUT_MS);
    child.on("error", (e) => { clearTimeout(timer); reject(new PdfError(`cannot start ${browser}: ${e.message}`)); });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new PdfError(`${browser} could not print the report (exit ${code}): ${err.split("\n").filter((l) => !/dbus|Fontconfig/i.test(l)).slice(-2).join(" ").trim()}`));
    });
  });
  const head = await fs.readFile(pdfFile).then((b) => b.subarray(0, 5).toString("latin1"), () => "");
  if (head !== "%PDF-") throw new PdfError(`${browser} ran but wrote no PDF to ${pdfFile}`);
}
