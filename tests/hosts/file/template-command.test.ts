import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { CommanderError } from "commander";
import { ReportSchema } from "../../../src/core";
import type { CliIo } from "../../../src/hosts/file/cli-io";
import { COMMANDS, createProgram } from "../../../src/hosts/file/program";
import { registerTemplateCommand } from "../../../src/hosts/file/template-command";
import { tempDir } from "./example-xlsx";

/** An in-memory CliIo with a fixed clock (15 January 2026). */
function fakeIo(env: Record<string, string> = {}): CliIo & { out: () => string; err: () => string } {
  let out = "", err = "";
  const stderr = { write: (s: string) => ((err += s), true), isTTY: false } as unknown as CliIo["stderr"];
  return { stdout: { write: (s: string) => (out += s), isTTY: false }, stderr, env, now: () => new Date(2026, 0, 15, 9, 0), out: () => out, err: () => err };
}

/** The program as main() runs it (commander's own refusals become exit 2), with the template command registered. */
async function run(...argsAndEnv: (string | Record<string, string>)[]): Promise<{ code: number; out: string; err: string }> {
  const args = argsAndEnv.filter((a): a is string => typeof a === "string");
  const io = fakeIo(argsAndEnv.find((a): a is Record<string, string> => typeof a !== "string"));
  let code = 0;
  const commands = COMMANDS.includes(registerTemplateCommand) ? COMMANDS : [...COMMANDS, registerTemplateCommand];
  try {
    await createProgram(io, (c) => (code = c), commands).parseAsync(["node", "workplan-check", ...args]);
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    code = e.exitCode === 0 ? 0 : 2;
  }
  return { code, out: io.out(), err: io.err() };
}

async function load(path: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets[0];
}

const tmp = tempDir("wpc-template-cli-");
afterAll(tmp.cleanup);
const file = (name: string) => join(tmp.dir, name);

describe("workplan-check template", () => {
  it("writes a blank activities template whose Gantt spans this year and the next", async () => {
    const out = file("plan.xlsx");
    const r = await run("template", "activities", "--out", out);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toMatch(/^wrote .*plan\.xlsx: activities template 'Activities'\. [^\n]+\n$/);
    const ws = await load(out);
    expect(ws.name).toBe("Activities");
    expect(ws.getCell("A1").value).toBe("Work plan 2026-2027");
    expect(ws.getCell("L2").value).toEqual(new Date(Date.UTC(2026, 0, 1)));
    expect(ws.getCell("AI2").value).toEqual(new Date(Date.UTC(2027, 11, 1)));
    expect(ws.getCell("AJ2").value).toBeNull();
  });

  it("writes the ISU budget that `check` then totals at CHF 514'753 with exit 0", async () => {
    const out = file("budget.xlsx");
    expect((await run("template", "budget", "--prefill", "isu-budget-2026", "--out", out)).code).toBe(0);
    const checked = await run(out, "--json", "--as-of", "2026-10-01");
    expect(checked.code).toBe(0);
    const report = ReportSchema.parse(JSON.parse(checked.out));
    expect(report.rollups.budget[0]).toMatchObject({ total: 514753, statedTotal: 514753 });
  });

  it("takes --plan-window for the Gantt's months", async () => {
    const out = file("window.xlsx");
    expect((await run("template", "activities", "--plan-window", "2025-07:2026-06", "--out", out)).code).toBe(0);
    const ws = await load(out);
    expect(ws.getCell("A1").value).toBe("Work plan 2025-2026");
    expect(ws.getCell("L2").value).toEqual(new Date(Date.UTC(2025, 6, 1)));
    expect(ws.getCell("W2").value).toEqual(new Date(Date.UTC(2026, 5, 1)));
    expect(ws.getCell("X2").value).toBeNull();
  });

  it("writes the language's template with --lang fr and es, which `check` reads back with no error", async () => {
    const fr = file("budget-fr.xlsx");
    const r = await run("template", "budget", "--lang", "fr", "--out", fr);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toMatch(/^\S+budget-fr\.xlsx écrit\u00a0: modèle «\u00a0Budget\u00a0», feuille «\u00a0Budget\u00a0»\. Après/);
    const ws = await load(fr);
    expect([ws.getCell("A4").value, ws.getCell("B4").value, ws.getCell("C4").value]).toEqual(["COÛT", "Montant en CHF", "NOTES"]);
    expect(ws.getCell("A1").value).toBe("Taux des charges sociales");
    const plan = file("plan-es.xlsx");
    expect((await run("template", "activities", "--lang", "es_ES.UTF-8", "--out", plan)).code).toBe(0);
    const es = await load(plan);
    expect(es.name).toBe("Actividades");
    expect([es.getCell("A3").value, es.getCell("K3").value]).toEqual(["Actividad", "Estado"]);
    expect(es.getCell("L2").numFmt).toBe('"ene. 26"');
    for (const out of [fr, plan]) {
      const checked = await run(out, "--json", "--as-of", "2026-10-01");
      const report = ReportSchema.parse(JSON.parse(checked.out));
      expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
      expect(report.tables.map((t) => t.kind)).toEqual([out === fr ? "budget" : "activities"]);
    }
  });

  it("says what it wrote, and refuses, in the language: LANG=es_ES or --lang", async () => {
    const out = file("presupuesto.xlsx");
    const es = await run("template", "budget", "--prefill", "isu-budget-2026", "--out", out, { LANG: "es_ES.UTF-8" });
    expect(es.out).toMatch(/escrito: plantilla «Presupuesto», hoja «ISU Budget 2026», rellenada con .*CHF 514'753.*verifíquela con: workplan-check/);
    const again = await run("template", "budget", "--lang", "fr", "--out", out);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/presupuesto\.xlsx existe déjà\u00a0; ajoutez --force pour le remplacer/);
    const wrong = await run("template", "activities", "--prefill", "isu-budget-2026", "--out", file("y.xlsx"), { LANG: "es_ES.UTF-8" });
    expect(wrong.err).toMatch(/--prefill isu-budget-2026 rellena una plantilla «budget», no «activities»/);
  });

  it("refuses an unknown --lang with exit 2", async () => {
    const r = await run("template", "budget", "--lang", "de", "--out", file("de.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--lang expects en \(English\), fr \(Français\) or es \(Español\), not 'de'/);
    expect(existsSync(file("de.xlsx"))).toBe(false);
  });

  it("refuses to replace an existing file unless --force", async () => {
    const out = file("taken.xlsx");
    writeFileSync(out, "not mine to lose");
    const refused = await run("template", "staffing", "--out", out);
    expect(refused).toMatchObject({ code: 2, out: "" });
    expect(refused.err).toMatch(/^workplan-check: .*taken\.xlsx already exists; add --force to replace it\n$/);
    expect(readFileSync(out, "utf8")).toBe("not mine to lose");
    expect((await run("template", "staffing", "--out", out, "--force")).code).toBe(0);
    expect((await load(out)).name).toBe("Staffing");
  });

  it.each([
    [["template", "gantt", "--out", "x.xlsx"], /kind/],
    [["template", "budget", "--prefill", "isu-2027", "--out", "x.xlsx"], /prefill/],
    [["template", "activities", "--prefill", "isu-budget-2026", "--out", "x.xlsx"], /fills a budget template, not activities/],
    [["template", "budget"], /--out/],
    [["template", "budget", "--out", "x.csv"], /must name an \.xlsx file/],
    [["template", "budget", "--out", "no-such-folder/x.xlsx"], /does not exist/],
    [["template", "budget", "--plan-window", "2025-01:2026-12", "--out", "x.xlsx"], /activities template only/],
    [["template", "activities", "--plan-window", "2026-13:2027-01", "--out", "x.xlsx"], /--plan-window/],
    [["template", "activities", "--plan-window", "2020-01:2030-12", "--out", "x.xlsx"], /longer than 120 months/],
  ])("refuses %j with exit 2, one line on stderr and no file", async (args, message) => {
    const before = readdirSync(tmp.dir).sort();
    const r = await run(...args.map((a) => (a.endsWith(".xlsx") || a.endsWith(".csv") ? file(a) : a)));
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/^workplan-check: [^\n]+\n$/);
    expect(r.err).toMatch(message);
    expect(readdirSync(tmp.dir).sort()).toEqual(before);
  });

  it("leaves no partial file behind", async () => {
    const out = file("clean.xlsx");
    expect((await run("template", "outreach", "--prefill", "outreach-illustrative", "--out", out)).code).toBe(0);
    expect(readdirSync(tmp.dir).filter((f) => f.includes(".partial-"))).toEqual([]);
    expect(existsSync(out) && statSync(out).size).toBeGreaterThan(0);
  });

  it("lists the seeds in its help", async () => {
    const r = await run("template", "--help");
    expect(r.code).toBe(0);
    for (const seed of ["isu-budget-2026", "isu-staffing-2026", "art6-2025-2026", "sdr-2025-2026", "univ-2024-2025", "univ-2025-2026", "outreach-illustrative"])
      expect(r.out).toContain(seed);
  });
});
