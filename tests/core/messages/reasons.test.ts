import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ts from "typescript";
import { reasonText } from "../../../src/core/messages";
import { REASONS, REASON_PATTERNS, knownReason, translateReason } from "../../../src/core/messages/reasons";
import { reasonsEs } from "../../../src/core/messages/reasons-es";
import { reasonsFr } from "../../../src/core/messages/reasons-fr";
import { englishLeftIn } from "./text-checks";

/** Where reasons are made: the parsers, readers, kinds and rules, the importer, settings text, the Word reader. */
const ROOTS = ["src/core/parse", "src/core/read", "src/core/kinds", "src/core/rules", "src/core/import", "src/core/milestone-text.ts", "src/hosts/file/read-docx.ts"];

const filesUnder = (p: string): string[] =>
  fs.statSync(p).isDirectory() ? fs.readdirSync(p).flatMap((f) => filesUnder(path.join(p, f))) : p.endsWith(".ts") ? [p] : [];

interface Found { readonly file: string; readonly reason: string; readonly template: boolean }

/**
 * Every reason a source file can produce: the string arguments of fail()/failWith()/new DocxError(),
 * `reason:` properties, and the module constants those (or a reason-returning function) use. Template
 * literals are instantiated with "7" for each value, which every pattern's groups accept.
 */
function reasonsIn(file: string): Found[] {
  const src = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.ES2020, true);
  const consts = new Map<string, ts.Expression>();
  src.statements.forEach((s) => {
    if (ts.isVariableStatement(s)) for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer) consts.set(d.name.text, d.initializer);
  });
  const out: Found[] = [];
  const seen = new Set<ts.Node>();
  const collect = (e: ts.Expression | undefined): void => {
    if (!e || seen.has(e)) return;
    seen.add(e);
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) out.push({ file, reason: e.text, template: false });
    else if (ts.isTemplateExpression(e)) out.push({ file, reason: e.head.text + e.templateSpans.map((s) => "7" + s.literal.text).join(""), template: true });
    else if (ts.isConditionalExpression(e)) { collect(e.whenTrue); collect(e.whenFalse); }
    else if (ts.isParenthesizedExpression(e)) collect(e.expression);
    else if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.BarBarToken || e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) { collect(e.left); collect(e.right); }
    else if (ts.isIdentifier(e) && consts.has(e.text)) {
      const init = consts.get(e.text)!;
      // Only string constants: a constant holding a regex, a number or a call is no reason.
      if (ts.isStringLiteral(init) || ts.isNoSubstitutionTemplateLiteral(init) || ts.isTemplateExpression(init)) collect(init);
    }
  };
  /** A constant, or a choice between constants (never a literal: functions return other text too). */
  const constRefsOnly = (e: ts.Expression): boolean =>
    (ts.isIdentifier(e) && consts.has(e.text)) || (ts.isConditionalExpression(e) && constRefsOnly(e.whenTrue) && constRefsOnly(e.whenFalse));
  const isReasonFunction = (name: string) => ["fail", "failWith"].includes(name);
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && isReasonFunction(node.expression.text)) node.arguments.forEach(collect);
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "DocxError") collect(node.arguments?.[1]);
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === "reason") collect(node.initializer);
    // period.ts keeps its reason in `err`, and its check functions return reason constants.
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(node.left) && node.left.text === "err") collect(node.right);
    if (ts.isReturnStatement(node) && node.expression && constRefsOnly(node.expression)) collect(node.expression);
    ts.forEachChild(node, visit);
  };
  visit(src);
  return out.filter((f) => f.reason !== "");
}

const FOUND = ROOTS.flatMap(filesUnder).flatMap(reasonsIn);
/** Messages and notices are not reasons: the importer's fail(importMessage(…)) passes a call, never a literal. */
const REASON_CASES = [...new Map(FOUND.map((f) => [f.reason, f])).values()].map((f) => [f.reason, f.file, f.template] as const);

describe("the reason phrasebook", () => {
  it("the scan finds the reasons it should (a scan that finds nothing proves nothing)", () => {
    const reasons = REASON_CASES.map(([r]) => r);
    for (const r of ["not a number", "no month, quarter or year recognised", "day does not exist in that month", "zero or less", "blank", "not a percentage", "password-protected"]) expect(reasons).toContain(r);
    expect(reasons).toContain("7 is not a month (dates are read day first)");
    expect(reasons).toContain('unexpected character "7"');
    expect(REASON_CASES.length).toBeGreaterThan(70);
  });

  it("the scan would catch a new reason in any of the shapes the sources use", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "reasons-")), "new-parser.ts");
    fs.writeFileSync(file, [
      'const NEW = "a brand new reason";',
      'export const a = (x: number) => (x > 1 ? fail("too wobbly") : failWith(`${x} wobbles`));',
      'export const b = () => ({ kind: "unreadable", reason: cond ? "too green" : NEW });',
      'function check(): string { return cond ? NEW : OTHER; }',
      'const OTHER = "another new reason";',
    ].join("\n"));
    const found = reasonsIn(file).map((f) => f.reason).sort();
    expect(found).toEqual(["7 wobbles", "a brand new reason", "another new reason", "too green", "too wobbly"]);
    for (const r of found) expect(knownReason(r)).toBe(false);
  });

  it.each(REASON_CASES)("%s (%s) is in the phrasebook, and French and Spanish translate it", (reason) => {
    expect(knownReason(reason)).toBe(true);
    for (const book of [reasonsFr, reasonsEs]) {
      const t = translateReason(reason, book);
      expect(t).not.toBe(reason);
      expect(englishLeftIn(t)).toEqual([]);
    }
  });

  it("has no entry that no source produces any more (dead phrases)", () => {
    const produced = new Set(REASON_CASES.map(([r]) => r));
    expect(REASONS.filter((r) => !produced.has(r))).toEqual([]);
    for (const [name, re] of Object.entries(REASON_PATTERNS)) expect([name, REASON_CASES.some(([r]) => re.test(r))]).toEqual([name, true]);
  });

  it("an unknown reason is kept as it is, not lost; English stays English", () => {
    expect(reasonText("not a number", "fr")).toBe("ce n'est pas un nombre");
    expect(reasonText("not a number", "es")).toBe("no es un número");
    expect(reasonText("not a number", "en")).toBe("not a number");
    expect(translateReason("something new", reasonsFr)).toBe("something new");
    expect(translateReason("not a number", undefined)).toBe("not a number");
    expect(translateReason("", reasonsEs)).toBe("");
  });

  it("values inside a reason are kept: the character, the month, the decimals", () => {
    expect(translateReason('unexpected character "$"', reasonsFr)).toBe("caractère inattendu «\u00a0$\u00a0»");
    expect(translateReason('unexpected "foo"', reasonsEs)).toBe("«foo» inesperado");
    expect(translateReason("more than 12 decimal places", reasonsEs)).toBe("más de 12 decimales");
    expect(translateReason("the range 40-1 must start at 1 or more and not end before it starts", reasonsFr)).toBe("la plage 40-1 doit commencer à 1 ou plus et ne pas finir avant son début");
  });
});
