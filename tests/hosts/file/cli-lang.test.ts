/**
 * The command line in English, French and Spanish: --lang, the environment (LANG, LC_ALL), and the JSON
 * contract that does not change with the language (only `message` strings do).
 */
import { spawnSync } from "child_process";
import { existsSync } from "fs";
import { join, resolve } from "path";
import { tempDir, writeWorkbook } from "./example-xlsx";
import { ENGLISH_ENV } from "./english-env";

const ROOT = resolve(__dirname, "../../..");
const CLI = join(ROOT, "build/src/hosts/file/cli.js");
const tmp = tempDir("wpc-cli-lang-");
afterAll(tmp.cleanup);

interface Run { readonly code: number | null; readonly stdout: string; readonly stderr: string }
function cli(args: readonly string[], env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...ENGLISH_ENV, NO_COLOR: "1", ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The value with every `message` string replaced by a marker: what must be equal across languages. */
function withoutMessages(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutMessages);
  if (v !== null && typeof v === "object") {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === "message" && typeof x === "string" ? "<message>" : withoutMessages(x)]));
  }
  return v;
}
const messagesOf = (report: { issues: { message: string }[] }) => report.issues.map((i) => i.message);

let example: string;
beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build:cli" first (npm test does)`);
  example = await writeWorkbook(join(tmp.dir, "workplan-check-examples.xlsx"));
});

describe("--json in every language", () => {
  it("has the same codes, fields and shape in en, fr and es; only the message strings differ", () => {
    const [en, fr, es] = ["en", "fr", "es"].map((lang) => {
      const r = cli([example, "--json", "--as-of", "2026-01-15", "--lang", lang]);
      expect(r.code).toBe(1);
      return JSON.parse(r.stdout);
    });
    expect(en.issues.length).toBeGreaterThan(10);
    expect(withoutMessages(fr)).toEqual(withoutMessages(en));
    expect(withoutMessages(es)).toEqual(withoutMessages(en));
    expect(fr.issues.map((i: { code: string }) => i.code)).toEqual(en.issues.map((i: { code: string }) => i.code));
    expect(messagesOf(fr)).toHaveLength(messagesOf(en).length);
  });
});

describe("--lang and the environment", () => {
  it("refuses an unknown language with one line listing the three, exit 2", () => {
    const r = cli([example, "--lang", "de"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("workplan-check: --lang expects en (English), fr (Français) or es (Español), not 'de'\n");
  });

  it("says a bad value or an unreadable file in the language asked for (or the environment's), one line, exit 2", () => {
    const fails = (args: string[], env: NodeJS.ProcessEnv = {}) => {
      const r = cli(args, env);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      return r.stderr;
    };
    expect(fails([example, "--lang", "de"], { LANG: "fr_CH.UTF-8" })).toBe("workplan-check: --lang attend en (English), fr (Français) ou es (Español), pas «\u00a0de\u00a0»\n");
    expect(fails([example, "--lang", "es", "--plan-window", "2026"])).toBe("workplan-check: --plan-window espera AAAA-MM:AAAA-MM (p. ej., 2025-01:2026-12), no «2026»\n");
    expect(fails([join(tmp.dir, "absent.xlsx"), "--lang", "fr"])).toBe(`workplan-check: fichier introuvable\u00a0: ${join(tmp.dir, "absent.xlsx")}\n`);
    expect(fails([tmp.dir], { LC_ALL: "es_ES.UTF-8" })).toBe(`workplan-check: ${tmp.dir} es una carpeta, no un archivo\n`);
    expect(fails(["consolidate", example, "--out", "x.csv", "--lang", "fr"])).toBe("workplan-check: --out doit désigner un fichier .xlsx, pas «\u00a0x.csv\u00a0»\n");
    expect(fails([tmp.dir])).toBe(`workplan-check: ${tmp.dir} is a folder, not a file\n`);
  });

  it("takes the language from LANG, LC_ALL before it, and --lang before both", () => {
    const header = (env: NodeJS.ProcessEnv, ...args: string[]) => cli([example, "--as-of", "2026-01-15", ...args], env).stdout.split("\n")[0];
    expect(header({})).toMatch(/ · as of 2026-01-15 · 11 tables found$/);
    expect(header({ LANG: "fr_CH.UTF-8" })).toMatch(/ · au 15 janvier 2026 · 11 tableaux trouvés$/);
    expect(header({ LANG: "fr_CH.UTF-8", LC_ALL: "es_ES.UTF-8" })).toMatch(/ · al 15 de enero de 2026 · 11 tablas encontradas$/);
    expect(header({ LANG: "fr_CH.UTF-8" }, "--lang", "en")).toMatch(/ · as of 2026-01-15 · /);
  });

  it("--help in the language of --lang or of the environment", () => {
    const fr = cli(["--help", "--lang", "fr"]).stdout;
    expect(fr).toMatch(/^Utilisation\u00a0: workplan-check /);
    expect(fr).toContain("Commandes\u00a0:");
    expect(fr).toMatch(/check \[options\] <files\.\.\.> +vérifie les tableaux/);
    const es = cli(["check", "--help"], { LANG: "es_ES.UTF-8" }).stdout;
    expect(es).toContain("Opciones:");
    expect(es).toMatch(/--lang <lang> +idioma del informe/);
    expect(es).toContain("Códigos de salida: 0 sin errores");
    expect(es).not.toMatch(/Exit codes|Options:|Usage:|display help/);
    expect(cli(["check", "--help"]).stdout).toContain("Exit codes: 0 no errors");
  });

  it("--grouping changes every amount of the text report", () => {
    const r = cli([example, "--as-of", "2026-01-15", "--grouping", "space", "--lang", "fr"]);
    expect(r.stdout).toContain("CHF 514\u202f753");
    expect(r.stdout).not.toContain("514'753");
  });
});
