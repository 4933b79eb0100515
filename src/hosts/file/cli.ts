#!/usr/bin/env node
/** Entry point of `workplan-check`: glue only. See program.ts for the commands. */
import { processIo } from "./cli-io";
import { main } from "./program";

// `workplan-check … | head`: once the reader has gone, stop quietly instead of printing a stack trace.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
  process.exit(process.exitCode ?? 0);
});

void main(process.argv, processIo()).then((code) => {
  process.exitCode = code;
});
