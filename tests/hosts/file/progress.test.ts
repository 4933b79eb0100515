import { PassThrough } from "stream";
import type { CliIo } from "../../../src/hosts/file/cli-io";
import { progressBar, PROGRESS_MIN_BYTES } from "../../../src/hosts/file/progress";

/** A stderr that says whether it is a terminal and keeps what was written. */
function io(isTTY: boolean): CliIo & { written: () => string } {
  const stderr = Object.assign(new PassThrough(), { isTTY, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  let text = "";
  stderr.on("data", (d: Buffer) => (text += d.toString()));
  return { stdout: { write: () => true }, stderr, env: {}, now: () => new Date(), written: () => text };
}

describe("progressBar", () => {
  it("draws on a terminal for a large file", () => {
    const t = io(true);
    const bar = progressBar(t, "big.xlsx");
    bar.reading(PROGRESS_MIN_BYTES / 2, PROGRESS_MIN_BYTES);
    bar.checking();
    bar.stop();
    expect(t.written()).toContain("big.xlsx");
  });

  it("stays silent for a small file or when stderr is not a terminal", () => {
    const small = io(true);
    const b1 = progressBar(small, "small.xlsx");
    b1.reading(10, 100);
    b1.stop();
    const piped = io(false);
    const b2 = progressBar(piped, "big.xlsx");
    b2.reading(1, PROGRESS_MIN_BYTES * 2);
    b2.stop();
    expect(small.written() + piped.written()).toBe("");
  });
});
