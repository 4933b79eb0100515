import { describeError, failureText, monthName, money, summaryLine, validatedStatus } from "../../src/panel/panel-text";
import { ENGLISH_LOCALE as EN, localeOf } from "../../src/panel/i18n";
import { report } from "./report-fixture";

const FR = localeOf("fr"), ES = localeOf("es");

describe("panel text", () => {
  test("money takes report amounts (currency units) and formats them in the user's grouping", () => {
    expect(money(EN, 514753, "CHF")).toBe("CHF 514'753");
    expect(money(EN, 1234.5, "CHF")).toBe("CHF 1'234.50");
    expect(money(EN, 0.1 + 0.2, "CHF")).toBe("CHF 0.30");
    // The grouping is the user's, whatever the language: 514'753 by default in French too.
    expect(money(FR, 514753, "CHF")).toBe("CHF 514'753");
    expect(money(localeOf("fr", "space"), 1234.5, "CHF")).toBe("CHF 1\u202f234,50");
    expect(money(localeOf("es", "dot"), 514753, "CHF")).toBe("CHF 514.753");
  });

  test("counts and the summary line, with each language's plural", () => {
    expect(EN.text.severityCount(1, "error")).toBe("1 error");
    expect(EN.text.severityCount(0, "warning")).toBe("0 warnings");
    expect(EN.text.severityCount(3, "info")).toBe("3 info");
    expect(summaryLine(EN, { error: 10, warning: 19, info: 0 })).toBe("10 errors, 19 warnings, 0 info");
    // French: 0 and 1 take the singular.
    expect(summaryLine(FR, { error: 0, warning: 1, info: 2 })).toBe("0 erreur, 1 avertissement, 2 info");
    expect(summaryLine(FR, { error: 2, warning: 5, info: 0 })).toBe("2 erreurs, 5 avertissements, 0 info");
    // Spanish: only 1 does.
    expect(summaryLine(ES, { error: 0, warning: 1, info: 0 })).toBe("0 errores, 1 advertencia, 0 info");
    expect(EN.text.status.cleared(0, [])).toBe("No highlights to clear.");
    expect(EN.text.status.inserted("ISU Budget 2026 (2)")).toBe("Template inserted on the new sheet “ISU Budget 2026 (2)”. Fill it in, then Validate.");
    expect(FR.text.status.cleared(1, [])).toBe("Surlignage effacé sur 1 cellule.");
  });

  test("the validated status names the tables in the language", () => {
    const r = report([]);
    expect(validatedStatus(EN, r)).toMatch(/^Checked \d+ tables?: 0 errors, 0 warnings, 0 info\.$/);
    expect(validatedStatus(FR, r)).toMatch(/^\d+ tableaux? vérifiés?\u00a0: 0 erreur, 0 avertissement, 0 info\.$/);
  });

  test("errors from any host become a sentence", () => {
    expect(describeError(EN, new Error("The workbook is busy"))).toBe("The workbook is busy");
    expect(describeError(EN, { code: "ItemNotFound", message: "" })).toBe("ItemNotFound");
    expect(describeError(EN, "ScriptError: quota")).toBe("ScriptError: quota");
    expect(describeError(EN, undefined)).toMatch(/no details/);
    expect(describeError(ES, undefined)).toBe("Algo salió mal (sin más detalles).");
    expect(failureText(EN, "highlight", new Error("locked"))).toBe("Highlighting issues failed: locked");
    expect(failureText(EN, "insert", { code: "InvalidArgument", message: "" })).toBe("Inserting the template failed: InvalidArgument");
    expect(failureText(FR, "highlight", new Error("verrouillé"))).toBe("Le surlignage des problèmes a échoué\u00a0: verrouillé");
  });

  test("month names", () => {
    expect(monthName(EN, "2026-09")).toBe("Sep 2026");
    expect(monthName(FR, "2026-09")).toBe("sept. 2026");
    expect(monthName(EN, "2026-13")).toBe("2026-13");
  });
});
