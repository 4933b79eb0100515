#!/usr/bin/env node
/** Entry point of `workplan-check`: glue only. See program.ts for the commands. */
import { processIo } from "./cli-io";
import { main } from "./program";

void main(process.argv, processIo()).then((code) => {
  process.exitCode = code;
});
