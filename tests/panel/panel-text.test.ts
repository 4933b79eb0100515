import { clearStatus, countLabel, describeError, failureText, insertedStatus, monthName, money, summaryLine } from "../../src/panel/panel-text";

describe("panel text", () => {
  test("money takes report amounts (currency units) and formats them Swiss style", () => {
    expect(money(514753, "CHF")).toBe("CHF 514'753");
    expect(money(1234.5, "CHF")).toBe("CHF 1'234.50");
    expect(money(0.1 + 0.2, "CHF")).toBe("CHF 0.30");
  });

  test("counts and the summary line", () => {
    expect(countLabel(1, "error")).toBe("1 error");
    expect(countLabel(0, "warning")).toBe("0 warnings");
    expect(countLabel(3, "info")).toBe("3 info");
    expect(summaryLine({ error: 10, warning: 19, info: 0 })).toBe("10 errors, 19 warnings, 0 info");
    expect(clearStatus(0)).toBe("No highlights to clear.");
    expect(insertedStatus("ISU Budget 2026 (2)")).toBe("Template inserted on the new sheet “ISU Budget 2026 (2)”. Fill it in, then Validate.");
  });

  test("errors from any host become a sentence", () => {
    expect(describeError(new Error("The workbook is busy"))).toBe("The workbook is busy");
    expect(describeError({ code: "ItemNotFound", message: "" })).toBe("ItemNotFound");
    expect(describeError("ScriptError: quota")).toBe("ScriptError: quota");
    expect(describeError(undefined)).toMatch(/no details/);
    expect(failureText("highlight", new Error("locked"))).toBe("Highlighting issues failed: locked");
    expect(failureText("insert", { code: "InvalidArgument", message: "" })).toBe("Inserting the template failed: InvalidArgument");
  });

  test("month names", () => {
    expect(monthName("2026-09")).toBe("Sep 2026");
    expect(monthName("2026-13")).toBe("2026-13");
  });
});
