import { LANGS } from "../../../src/core/i18n";
import { buildTemplate, prefillsOf, TEMPLATE_KINDS } from "../../../src/core/templates";
import { separatorFree } from "../../../src/hosts/sheets/sheets-formula";

/** Code outside string literals, where a separator or a decimal point would depend on the locale. */
const codeOf = (formula: string): string => formula.replace(/"(?:[^"]|"")*"/g, '""');

describe("template formulas read the same in every spreadsheet locale", () => {
  test("the rewrites", () => {
    expect(separatorFree("=ROUND(SocialChargesRate*B5,0)")).toBe("=ROUND(SocialChargesRate*B5)");
    expect(separatorFree(`="Estimated at "&ROUND(Rate*100,1)&"% of salary, roughly"`)).toBe(`="Estimated at "&ROUND((Rate*100)*10)/10&"% of salary, roughly"`);
    expect(separatorFree("=AND(M$3>=DATE(YEAR($F4),MONTH($F4),1),M$3<=$G4)")).toBe("=((M$3>=($F4)-DAY($F4)+1)*(M$3<=$G4)=1)");
    expect(separatorFree("=SUM(B5:B9)")).toBe("=SUM(B5:B9)");
    expect(() => separatorFree("=IF(A1>0,1,2)")).toThrow(/no form free of separators/);
    expect(() => separatorFree("=A1*0.2")).toThrow(/no form free of separators/);
  });

  const templates = LANGS.flatMap((lang) => TEMPLATE_KINDS.flatMap(({ kind }) => [undefined, ...prefillsOf(kind)].map((prefill) => [`${lang} ${kind} ${prefill ?? "blank"}`, buildTemplate(kind, prefill as never, { today: "2026-03-01", lang })] as const)));

  test.each(templates)("%s: every cell and conditional-format formula is free of separators and decimal points", (_, t) => {
    const formulas = [...t.rows.flatMap((row) => row.flatMap((c) => (c?.formula !== undefined ? [c.formula] : []))), ...t.conditionalFormats.map((cf) => cf.formula)];
    for (const f of formulas) {
      const written = separatorFree(f);
      expect([f, /[,;]/.test(codeOf(written)) || /\d\.\d/.test(codeOf(written))]).toEqual([f, false]);
    }
  });
});
