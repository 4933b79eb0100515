/**
 * Template formulas as Sheets takes them in every locale. Whether setValues()/setFormula() reads
 * "," as the argument separator in a comma-decimal spreadsheet (de_DE, fr_CH use ";") is not settled
 * by the reference, and reports disagree; a formula with no separator and no decimal point reads
 * the same in every locale. So calls with several arguments are rewritten to one-argument forms:
 *   ROUND(x,0)                   → ROUND(x)            (Sheets: places default to 0)
 *   ROUND(x,n)                   → ROUND((x)*10^n)/10^n
 *   AND(a,b,…)                   → ((a)*(b)*…=1)
 *   DATE(YEAR(s),MONTH(s),1)     → (s)-DAY(s)+1         (the first of s's month)
 * Anything else with a separator, or a decimal literal, is refused, so a new template formula is
 * noticed by the tests instead of failing in a user's locale. Function names stay English (Apps
 * Script's formulas are English in every locale).
 */
export function separatorFree(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  const out = "=" + rewrite(body);
  const code = out.replace(/"(?:[^"]|"")*"/g, '""');
  if (/[,;]/.test(code) || /\d\.\d/.test(code)) throw new Error(`The template formula ${formula} has no form free of separators; add one to sheets-formula.ts.`);
  return out;
}

/** Rewrites every call in `expr`, innermost first; string literals are kept as they are. */
function rewrite(expr: string): string {
  let out = "";
  for (let i = 0; i < expr.length; ) {
    if (expr[i] === '"') {
      const end = closingQuote(expr, i);
      out += expr.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    const call = /^([A-Za-z][A-Za-z0-9_.]*)\(/.exec(expr.slice(i));
    if (call && !/[A-Za-z0-9_.]/.test(expr[i - 1] ?? "")) {
      const open = i + call[1].length, close = closingParen(expr, open);
      const args = splitArgs(expr.slice(open + 1, close)).map(rewrite);
      out += callOf(call[1].toUpperCase(), args);
      i = close + 1;
      continue;
    }
    out += expr[i++];
  }
  return out;
}

function callOf(name: string, args: string[]): string {
  if (args.length <= 1) return `${name}(${args.join("")})`;
  if (name === "ROUND" && args.length === 2 && /^\d+$/.test(args[1].trim())) {
    const places = Number(args[1]);
    if (places === 0) return `ROUND(${args[0]})`;
    const scale = "1" + "0".repeat(places);
    return `ROUND((${args[0]})*${scale})/${scale}`;
  }
  if (name === "AND") return `(${args.map((a) => `(${a})`).join("*")}=1)`;
  if (name === "DATE" && args.length === 3 && args[2].trim() === "1") {
    const year = /^YEAR\((.*)\)$/.exec(args[0].trim()), month = /^MONTH\((.*)\)$/.exec(args[1].trim());
    if (year && month && year[1] === month[1]) return `(${year[1]})-DAY(${year[1]})+1`;
  }
  return `${name}(${args.join(",")})`; // refused by separatorFree
}

function closingQuote(s: string, open: number): number {
  for (let i = open + 1; i < s.length; i++) {
    if (s[i] === '"') {
      if (s[i + 1] === '"') i++;
      else return i;
    }
  }
  return s.length - 1;
}

function closingParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '"') i = closingQuote(s, i);
    else if (s[i] === "(") depth++;
    else if (s[i] === ")" && --depth === 0) return i;
  }
  throw new Error(`Unbalanced parentheses in the template formula ${s}.`);
}

/** Top-level arguments of a call (commas inside nested calls or strings do not split). */
function splitArgs(s: string): string[] {
  if (s.trim() === "") return [];
  const args: string[] = [];
  let depth = 0, start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '"') i = closingQuote(s, i);
    else if (s[i] === "(") depth++;
    else if (s[i] === ")") depth--;
    else if (s[i] === "," && depth === 0) {
      args.push(s.slice(start, i));
      start = i + 1;
    }
  }
  args.push(s.slice(start));
  return args;
}
