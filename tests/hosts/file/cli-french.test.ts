/**
 * The CLI's report of a French workbook in French, and of a Spanish one in Spanish: the real CLI, run
 * with --lang and with LANG=fr_CH.UTF-8 / es_ES.UTF-8, reads as a finance officer in that language writes,
 * and none of the English words of the report are left in it.
 */
import { spawnSync } from "child_process";
import { existsSync } from "fs";
import { join, resolve } from "path";
import { tempDir, writeWorkbook } from "./example-xlsx";
import { ENGLISH_ENV } from "./english-env";
import { FRENCH_SHEETS, SPANISH_SHEETS } from "./french-workbook";

const ROOT = resolve(__dirname, "../../..");
const CLI = join(ROOT, "build/src/hosts/file/cli.js");
const tmp = tempDir("wpc-cli-fr-");
afterAll(tmp.cleanup);

interface Run { readonly code: number | null; readonly stdout: string; readonly stderr: string }
function cli(args: readonly string[], env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...ENGLISH_ENV, NO_COLOR: "1", ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The English words of the text report (header, counts, budget, timeline, deliverables), as whole words ("info" is the severity's name in all three: TERMS). */
const ENGLISH_UI = [
  "as of", "tables found", "table found", "rows", "Excel table", "No issues found", "valid", "not valid", "errors", "warnings",
  "Computed total", "Stated total", "matches", "differs by", "stated is", "Staff costs", "other costs", "In kind", "not in the total", "staff", "FTE",
  "Timeline", "window", "activities", "Ongoing", "Unscheduled", "Milestones", "Deliverables", "target", "not counted", "outreach log",
  "and \\d+ more", "in this table", "lists them", "sheet", "Staffing", "Funding", "Pledged", "Received", "Execution",
].map((w) => new RegExp(`(^|[^\\p{L}.-])${w}(?![\\p{L}.-])`, "u"));

/** The text with the issue messages (from the core, checked apart) and the codes taken out: the CLI's own words. */
function ownWords(text: string, messages: readonly string[]): string {
  let flat = text.replace(/\n\s+/g, " ").replace(/[ \t]+/g, " ");
  for (const m of messages) flat = flat.split(m.replace(/\s+/g, " ").trim()).join(" ‹message› ");
  return flat.replace(/\b[a-z]+\.[a-z-]+\b/g, "‹code›");
}
const englishLeft = (text: string) => ENGLISH_UI.filter((re) => re.test(text)).map(String);

let french: string, spanish: string;
beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build:cli" first (npm test does)`);
  french = await writeWorkbook(join(tmp.dir, "plan-de-travail.xlsx"), FRENCH_SHEETS);
  spanish = await writeWorkbook(join(tmp.dir, "plan-de-trabajo.xlsx"), SPANISH_SHEETS);
});

const messagesOf = (file: string, lang: string): string[] =>
  JSON.parse(cli([file, "--json", "--as-of", "2026-01-15", "--lang", lang]).stdout).issues.map((i: { message: string }) => i.message);

describe("the French workbook, in French", () => {
  it("with --lang fr: header, findings, budget and calendar in French, no English word of the report left", () => {
    const r = cli([french, "--as-of", "2026-01-15", "--lang", "fr"]);
    expect(r.code).toBe(1);
    const out = r.stdout;
    expect(out.split("\n")[0]).toMatch(/plan-de-travail\.xlsx · au 15 janvier 2026 · 2 tableaux trouvés$/);
    expect(out).toMatch(/Budget UAA 2026\s+Budget\s+A3:C10\s+7 lignes/);
    expect(out).toMatch(/Plan de travail 2025-2026\s+Activités\s+A2:E6\s+4 lignes/);
    // The findings at their cells, severities in French.
    expect(out).toMatch(/erreur\s+'Budget UAA 2026'!B9\s+budget\.total-mismatch/);
    expect(out).toMatch(/avertissement\s+'Plan de travail 2025-2026'!E3\s+activities\.overdue/);
    expect(out).toMatch(/'Plan de travail 2025-2026'!C5\s+period\.unreadable/);
    expect(out).toMatch(/✘ non valide\u00a0: \d+ erreurs?, \d+ avertissements?, \d+ informations?/);
    // The budget as the finance officer wrote it, totals and in-kind line.
    expect(out).toMatch(/Charges sociales\s+CHF {2}75'792\s+14\.7\u00a0%\s+personnel/);
    expect(out).toMatch(/Total calculé\s+CHF 514'753\s+100\u00a0%/);
    expect(out).toMatch(/Total indiqué\s+CHF 514'754\s+écart de CHF 1 \(le total indiqué est supérieur\)/);
    expect(out).toContain("Frais de personnel CHF 454'753 (88.3\u00a0%) · autres coûts CHF 60'000 (11.7\u00a0%)");
    expect(out).toMatch(/Contributions en nature \(hors total\)\u00a0:\n\s+Frais administratifs \(A10\)\u00a0: GICHD, contribution en nature/);
    // The calendar with French month names (two years: by quarter, "T1 2025").
    expect(out).toMatch(/Calendrier · Plan de travail 2025-2026 A2:E6 · 4 activités · période janv\. 2025 – déc\. 2026/);
    expect(out).toMatch(/\n {2}T1 2025 +1 █+/);
    expect(out).toMatch(/\n {2}T3 2026 +1 █+ +◆ 3RC/);
    expect(out).toMatch(/En continu\u00a0: 0 · Non planifiées\u00a0: 1/);
    expect(out).toMatch(/Jalons\u00a0: 13MSP sept\. 2025 \(cité par \d activités?\) · 3RC sept\. 2026 \(cité par \d activités?\)/);
    expect(englishLeft(ownWords(out, messagesOf(french, "fr")))).toEqual([]);
  });

  it("with LANG=fr_CH.UTF-8 and no flag: the same French report", () => {
    const byEnv = cli([french, "--as-of", "2026-01-15"], { LANG: "fr_CH.UTF-8" });
    expect(byEnv.stdout).toBe(cli([french, "--as-of", "2026-01-15", "--lang", "fr"]).stdout);
    expect(byEnv.stdout).toContain("Total indiqué");
  });

  it("the English report of the same file does have those words (the list can fail)", () => {
    const en = cli([french, "--as-of", "2026-01-15", "--lang", "en"]).stdout;
    expect(englishLeft(ownWords(en, messagesOf(french, "en"))).length).toBeGreaterThan(20);
  });
});

/** English words of the core's messages: none may be left in a French or Spanish message. */
const ENGLISH_MESSAGE = /\b(the|is|are|but|blank|cannot|stated|lines|above|ended|status|typed|instead|timeline|write it)\b/i;

describe("the core's messages in the report's language", () => {
  it("--json --lang fr: every message in French, amounts and dates as a francophone writes them", () => {
    const fr = messagesOf(french, "fr");
    expect(fr).toHaveLength(5);
    for (const m of fr) expect(m).not.toMatch(ENGLISH_MESSAGE);
    expect(fr.join("\n")).toContain("514'754");
    expect(fr.join("\n")).toContain("31 mai 2025");
  });

  it("--json --lang es: every message in Spanish", () => {
    const es = messagesOf(spanish, "es");
    expect(es).toHaveLength(5);
    for (const m of es) expect(m).not.toMatch(ENGLISH_MESSAGE);
    expect(es.join("\n")).toContain("514'754");
    expect(es.join("\n")).toContain("31 de mayo de 2025");
  });

  it("the English messages do have those words (the pattern can fail)", () => {
    expect(messagesOf(french, "en").filter((m) => ENGLISH_MESSAGE.test(m))).toHaveLength(5);
  });
});

describe("the Spanish workbook, in Spanish", () => {
  it("with --lang es and with LANG=es_ES.UTF-8: the report in Spanish, no English word of the report left", () => {
    const r = cli([spanish, "--as-of", "2026-01-15", "--lang", "es"]);
    expect(r.code).toBe(1);
    const out = r.stdout;
    expect(out.split("\n")[0]).toMatch(/plan-de-trabajo\.xlsx · al 15 de enero de 2026 · 2 tablas encontradas$/);
    expect(out).toMatch(/Presupuesto UAA 2026\s+Presupuesto\s+A3:C10\s+7 filas/);
    expect(out).toMatch(/error\s+'Presupuesto UAA 2026'!B9\s+budget\.total-mismatch/);
    expect(out).toMatch(/advertencia\s+'Plan de trabajo 2025-2026'!E3\s+activities\.overdue/);
    expect(out).toMatch(/✘ no válido: \d+ errores?, \d+ advertencias?/);
    expect(out).toMatch(/Cargas sociales\s+CHF {2}75'792\s+14\.7\u00a0%\s+personal/);
    expect(out).toMatch(/Total indicado\s+CHF 514'754\s+difiere en CHF 1 \(el total indicado es mayor\)/);
    expect(out).toContain("Gastos de personal CHF 454'753");
    expect(out).toMatch(/Contribuciones en especie \(fuera del total\):\n\s+Gastos administrativos \(A10\): GICHD, contribución en especie/);
    expect(out).toMatch(/Calendario · Plan de trabajo 2025-2026 A2:E6 · 4 actividades · período ene\. 2025 – dic\. 2026/);
    expect(out).toMatch(/\n {2}T1 2025 +1 █+/);
    expect(out).toMatch(/Hitos: 13MSP sept\. 2025 \(citado por \d actividades?\) · 3RC sept\. 2026/);
    expect(out).toMatch(/En curso: 0 · Sin programar: 1/);
    expect(englishLeft(ownWords(out, messagesOf(spanish, "es")))).toEqual([]);
    expect(cli([spanish, "--as-of", "2026-01-15"], { LANG: "es_ES.UTF-8" }).stdout).toBe(out);
  });
});
