import { join } from "path";
import type { Command } from "commander";
import { ReportSchema } from "../../../src/core";
import type { CliIo } from "../../../src/hosts/file/cli-io";
import { COMMANDS, createProgram, main } from "../../../src/hosts/file/program";
import { tempDir, writeWorkbook } from "./example-xlsx";
import { ISU_BUDGET } from "../../../examples/example-workbook";

/** An in-memory CliIo: what the program wrote, a fixed clock, no terminal. */
function fakeIo(env: NodeJS.ProcessEnv = {}): CliIo & { out: () => string; err: () => string } {
  let out = "", err = "";
  const stderr = { write: (s: string) => ((err += s), true), isTTY: false } as unknown as CliIo["stderr"];
  return { stdout: { write: (s: string) => (out += s), isTTY: false }, stderr, env, now: () => new Date(2026, 0, 15, 9, 0), out: () => out, err: () => err };
}
const argv = (...args: string[]) => ["node", "workplan-check", ...args];

const tmp = tempDir("wpc-program-");
afterAll(tmp.cleanup);
let budget: string;
beforeAll(async () => (budget = await writeWorkbook(join(tmp.dir, "budget.xlsx"), [ISU_BUDGET])));

describe("main", () => {
  it("checks a file by default, as of the local date", async () => {
    const io = fakeIo();
    expect(await main(argv(budget, "--json"), io)).toBe(0);
    const report = ReportSchema.parse(JSON.parse(io.out()));
    expect(report.asOf).toBe("2026-01-15");
    expect(report.rollups.budget[0].total).toBe(514753);
    expect(io.err()).toBe("");
  });

  it("also answers to the explicit 'check' command", async () => {
    const io = fakeIo();
    expect(await main(argv("check", budget, "--as-of", "2026-03-01", "--json"), io)).toBe(0);
    expect(JSON.parse(io.out()).asOf).toBe("2026-03-01");
  });

  it.each([
    [["--as-of", "2026-02-30"]], [["--milestone", "3RC"]], [["--plan-window", "2026"]], [["--actions", "x"]],
    [["--currency", "francs"]], [["--reader", "fast"]], [["--bogus"]],
  ])("refuses %j with exit 2 and one line on stderr", async (args) => {
    const io = fakeIo();
    expect(await main(argv(budget, ...args), io)).toBe(2);
    expect(io.out()).toBe("");
    expect(io.err()).toMatch(/^workplan-check: [^\n]+\n$/);
  });

  it("takes the reader from WORKPLAN_CHECK_READER", async () => {
    const io = fakeIo({ WORKPLAN_CHECK_READER: "nonsense" });
    expect(await main(argv(budget), io)).toBe(2);
  });

  it("prints help and the version on stdout with exit 0", async () => {
    const help = fakeIo();
    expect(await main(argv("--help"), help)).toBe(0);
    expect(help.out()).toContain("check");
    const version = fakeIo();
    expect(await main(argv("--version"), version)).toBe(0);
    expect(version.out()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("createProgram", () => {
  it("takes more commands, each registered from its own file, beside the default check", async () => {
    const ran: string[] = [];
    const template = (program: Command, _io: CliIo, setExit: (code: number) => void) => {
      program.command("extra").argument("<out>").action((out: string) => { ran.push(out); setExit(0); });
    };
    let code = -1;
    const io = fakeIo();
    await createProgram(io, (c) => (code = c), [...COMMANDS, template]).parseAsync(argv("extra", "plan.xlsx"));
    expect(ran).toEqual(["plan.xlsx"]);
    expect(code).toBe(0);
    await createProgram(io, (c) => (code = c), [...COMMANDS, template]).parseAsync(argv(budget, "--json"));
    expect(code).toBe(0);
  });
});

describe("COMMANDS", () => {
  it("has the default check, template, consolidate, diff and import", () => {
    const program = createProgram(fakeIo(), () => undefined);
    expect(program.commands.map((c) => c.name())).toEqual(["check", "template", "consolidate", "diff", "import"]);
  });
});
