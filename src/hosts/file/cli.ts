#!/usr/bin/env node
/** Entry point of `workplan-check`: glue only. See program.ts for the commands. */
import { onOutputError, processIo } from "./cli-io";
import { main } from "./program";

const io = processIo();
// `… | head` ends quietly; a full disk or another write error is one line and exit 2, never a stack trace.
const onError = onOutputError(io, (code) => process.exit(code), () => Number(process.exitCode ?? 0));
process.stdout.on("error", onError);

void main(process.argv, io).then((code) => {
  process.exitCode = code;
});
