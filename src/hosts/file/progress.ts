import { SingleBar } from "cli-progress";
import type { CliIo } from "./cli-io";
import { visible } from "./terminal-text";
import { ENGLISH_CLI } from "./i18n";
import type { CliLocale } from "./i18n";

/** Files smaller than this read in a moment: no bar. */
export const PROGRESS_MIN_BYTES = 4 * 1024 * 1024;

export interface ProgressBar {
  /** Bytes read of the file's total, rows parsed so far. */
  readonly reading: (done: number, total: number, rows?: number) => void;
  /** Reading is over; the core runs (it reports no progress of its own). */
  readonly checking: () => void;
  readonly stop: () => void;
}

/**
 * A progress bar on stderr, only for a terminal and a large file: stdout stays clean for --json and
 * pipes. The bar is created lazily on the first report, when the size is known.
 */
export function progressBar(io: CliIo, file: string, L: CliLocale = ENGLISH_CLI): ProgressBar {
  const t = L.t.progress;
  let bar: SingleBar | undefined;
  const enabled = (total: number) => io.stderr.isTTY === true && total >= PROGRESS_MIN_BYTES;
  return {
    reading(done, total, rows) {
      if (!bar && enabled(total)) {
        bar = new SingleBar({ stream: io.stderr, format: "{file} [{bar}] {percentage}% · {phase}", hideCursor: true, clearOnComplete: true, barsize: 30 });
        bar.start(total, 0, { file: visible(file), phase: t.reading });
      }
      bar?.update(done, { phase: rows ? t.readingRows(L.format.count(rows)) : t.reading });
    },
    checking() {
      bar?.update(bar.getTotal(), { phase: t.checking });
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
