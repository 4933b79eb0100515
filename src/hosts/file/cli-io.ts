import { visible } from "./terminal-text";

/** What the CLI touches outside itself, passed in so tests can run it in-process with fakes. */
export interface CliIo {
  readonly stdout: { write(s: string): unknown; readonly isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { readonly isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
  /** The clock, for the default as-of date. */
  readonly now: () => Date;
}

/** The real process. */
export const processIo = (): CliIo => ({ stdout: process.stdout, stderr: process.stderr, env: process.env, now: () => new Date() });

/** Exit codes: the contract scripts rely on. */
export const EXIT = { ok: 0, issues: 1, unreadable: 2 } as const;

/** One line on stderr, prefixed so users see which program speaks; file names and details shown safely. */
export const complain = (io: CliIo, line: string): void => void io.stderr.write(`workplan-check: ${visible(line)}\n`);

/**
 * What to do when stdout cannot be written: `… | head` closing the pipe (EPIPE) ends quietly with the
 * code so far; any other error (a full disk, a closed descriptor) is one line on stderr and exit 2.
 */
export function onOutputError(io: CliIo, exit: (code: number) => void, codeSoFar: () => number): (e: NodeJS.ErrnoException) => void {
  return (e) => {
    if (e.code === "EPIPE") return exit(codeSoFar());
    const why = e.code === "ENOSPC" ? "no space left on the device" : e.code ?? e.message;
    try {
      complain(io, `cannot write the report (${why})`);
    } catch {
      // stderr is gone too: the exit code still tells
    }
    exit(EXIT.unreadable);
  };
}
