import { type Parsed, ok, fail } from "./parsed";
import { foldWord, monthOfFoldedWord } from "./date";

export interface Target {
  min?: number;
  max?: number;
  comparator: "at-least" | "at-most" | "exactly" | "range";
  /** What is counted, as written ("documented bilateral outreach meetings"); "" when nothing follows the number. */
  unit: string;
}

/** Number words one to twenty, English, French and Spanish (lower case). */
const NUMBER_WORDS = new Map<string, number>();
{
  const rows: [number, string][] = [
    [1, "one un une uno una"],
    [2, "two deux dos"],
    [3, "three trois tres"],
    [4, "four quatre cuatro"],
    [5, "five cinq cinco"],
    [6, "six seis"],
    [7, "seven sept siete"],
    [8, "eight huit ocho"],
    [9, "nine neuf nueve"],
    [10, "ten dix diez"],
    [11, "eleven onze once"],
    [12, "twelve douze doce"],
    [13, "thirteen treize trece"],
    [14, "fourteen quatorze catorce"],
    [15, "fifteen quinze quince"],
    [16, "sixteen seize dieciséis dieciseis"],
    [17, "seventeen dix-sept diecisiete"],
    [18, "eighteen dix-huit dieciocho"],
    [19, "nineteen dix-neuf diecinueve"],
    [20, "twenty vingt veinte"],
  ];
  for (const [n, words] of rows) for (const w of words.split(" ")) NUMBER_WORDS.set(w, n);
}

/** Words after which a number is a reference, not a count ("Article 6", "Action 12", "SDG 16", "No. 3"). */
const REFERENCE_WORDS = new Set([
  "article", "articles", "art", "action", "actions", "acción", "acciones", "accion", "lap", "paragraph", "paragraphs",
  "para", "paragraphe", "párrafo", "parrafo", "goal", "sdg", "odd", "ods", "cop", "rule", "règle", "regla",
  "decision", "décision", "decisión", "annex", "annexe", "anexo", "section", "sección", "phase", "fase", "step",
  "étape", "no", "nº", "n", "number", "numéro", "número", "nr", "resolution", "résolution", "resolución", "item",
  "priority", "priorité", "prioridad", "objective", "objectif", "objetivo", "output", "outcome", "activity",
  "activité", "actividad", "page", "p", "pp", "version", "v", "level", "niveau", "nivel", "meeting", "session",
  "sesión", "réunion", "table", "figure", "chapter", "chapitre", "capítulo", "q", "t", "tier",
]);

/** Time units: "within 6 months" is a deadline, not a count. */
const TIME_UNITS = new Set([
  "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "jour", "jours", "semaine",
  "semaines", "mois", "an", "ans", "année", "années", "heure", "heures", "día", "días", "dia", "dias", "semana",
  "semanas", "mes", "meses", "año", "años", "hora", "horas",
]);
/** Words before a number + time unit that make it a duration or deadline. */
const DURATION_WORDS = new Set([
  "within", "in", "for", "over", "during", "after", "before", "every", "each", "next", "last", "first",
  "dans", "en", "pendant", "durant", "sous", "après", "avant", "d'ici", "tous", "toutes", "chaque",
  "dentro", "durante", "tras", "después", "antes", "cada", "próximos", "próximas", "primeros", "últimos",
]);

/** Words that end the unit. */
const UNIT_STOP = new Set([
  "in", "by", "per", "during", "for", "with", "within", "on", "at", "to", "from", "before", "after", "until", "over",
  "across", "and", "or", "through", "under", "among", "between", "each", "every", "as", "which", "that", "who",
  "including", "where", "when", "while", "if", "than",
  "en", "par", "pour", "avec", "dans", "sur", "d'ici", "avant", "après", "pendant", "durant", "au", "aux", "et",
  "ou", "chaque", "entre", "lors", "qui", "que", "dont", "à", "vers", "chez", "jusqu'à", "selon", "sous", "afin",
  "por", "para", "con", "durante", "antes", "después", "hasta", "y", "o", "cada", "sobre", "a", "al", "desde",
  "según", "bajo", "cuando", "donde",
]);
const MAX_UNIT_WORDS = 6;

const TOKEN_RE = /(\d+(?:[,'’]\d{3})*(?:\.\d+)?)|([\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*)|(\S)/gu;
const GROUP_SEP_RE = /[,'’]/g;
/** Spanish comparators before which "once" is eleven. */
const ONCE_COMPARATOR_RE = /(?:al menos|hasta|mínimo|minimo|más de|menos de|entre)$/u;
const LETTER_AT = /[\p{L}\p{M}]/u;

// Comparators, matched on the lower-cased text before the number (apostrophes normalised, spaces collapsed).
const B = "(?:^|[^\\p{L}\\p{M}])";
const AT_LEAST_RE = new RegExp(
  B +
    "(?:at least|a minimum of|minimum of|minimum|min|no fewer than|not fewer than|no less than|not less than|" +
    "au moins|au minimum|un minimum de|minimum de|pas moins de|" +
    "al menos|por lo menos|como mínimo|como minimo|un mínimo de|mínimo de|minimo de|mínimo|minimo|no menos de)\\.?$",
  "u",
);
const MORE_THAN_RE = new RegExp(B + "(?:more than|over|plus de|más de|mas de)$", "u");
const AT_MOST_RE = new RegExp(
  B +
    "(?:up to|no more than|not more than|at most|a maximum of|maximum of|maximum|max|" +
    "jusqu'à|jusqu'a|au plus|au maximum|pas plus de|un maximum de|maximum de|" +
    "hasta|como máximo|como maximo|a lo sumo|no más de|no mas de|un máximo de|máximo de|maximo de|máximo|maximo)\\.?$",
  "u",
);
const LESS_THAN_RE = new RegExp(B + "(?:fewer than|less than|moins de|menos de)$", "u");
const BETWEEN_RE = new RegExp(B + "(?:between|entre)$", "u");
const SPACES_RE = /\s+/g;
const APOS_RE = /’/g;

const RANGE_WORDS = new Set(["-", "–", "—", "to", "or", "à", "a", "ou", "o", "au"]);
const BETWEEN_AND = new Set(["and", "et", "y", "&"]);
const OR_MORE_RE = /^(?:\+|or more|ou plus|o más|o mas)/u;
const OR_LESS_RE = /^(?:or fewer|or less|ou moins|o menos)/u;
const SPACE_PREFIX_RE = /^\s+/;

interface Token {
  kind: "num" | "word" | "punct";
  text: string; // lower case
  start: number;
  end: number;
  value?: number;
}

function tokenize(text: string): Token[] {
  const lower = text.toLowerCase();
  const source = lower.length === text.length ? lower : text;
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(source); m !== null; m = TOKEN_RE.exec(source)) {
    const start = m.index;
    const end = start + m[0].length;
    const t = m[0].toLowerCase().replace(APOS_RE, "'");
    if (m[1] !== undefined) {
      tokens.push({ kind: "num", text: t, start, end, value: Number(m[1].replace(GROUP_SEP_RE, "")) });
    } else if (m[2] !== undefined) {
      tokens.push({ kind: "word", text: t, start, end, value: NUMBER_WORDS.get(t) });
    } else tokens.push({ kind: "punct", text: t, start, end });
  }
  return tokens;
}

const isYear = (tok: Token): boolean =>
  tok.kind === "num" && tok.text.length === 4 && tok.value !== undefined && tok.value >= 1900 && tok.value <= 2100;

const isMonthWord = (tok: Token | undefined): boolean =>
  tok !== undefined &&
  tok.kind === "word" &&
  tok.text !== "may" &&
  tok.text !== "set" &&
  tok.text !== "ago" &&
  monthOfFoldedWord(foldWord(tok.text)) !== undefined;

/** The lower-cased text before a position, spaces collapsed, apostrophes normalised. */
function before(text: string, pos: number): string {
  return text.slice(Math.max(0, pos - 48), pos).toLowerCase().replace(APOS_RE, "'").replace(SPACES_RE, " ").trimEnd();
}

/** Whether tokens[k] is a count (not a year, reference, date day, duration or ambiguous word). */
function isCount(text: string, tokens: Token[], k: number): boolean {
  const tok = tokens[k];
  if (tok.value === undefined) return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (tok.kind === "num") {
    if (isYear(tok)) return false;
    // Glued to letters: COP15, Q3, 2nd, 1er.
    if (tok.start > 0 && LETTER_AT.test(text[tok.start - 1])) return false;
    if (tok.end < text.length && LETTER_AT.test(text[tok.end])) return false;
    if (prev !== undefined && prev.kind === "punct" && (prev.text === "#" || prev.text === "°" || prev.text === "º")) {
      return false;
    }
  } else {
    // "once" is English far more often than Spanish 11; count it only after a Spanish comparator.
    if (tok.text === "once" && !ONCE_COMPARATOR_RE.test(before(text, tok.start))) {
      return false;
    }
    // "Sept. 2026" is September.
    if (tok.text === "sept" && next !== undefined && (next.kind === "num" || next.text === ".")) return false;
  }
  if (prev !== undefined && prev.kind === "word" && REFERENCE_WORDS.has(prev.text)) return false;
  if (prev !== undefined && prev.kind === "punct" && prev.text === "." && REFERENCE_WORDS.has(tokens[k - 2]?.text ?? "")) {
    return false;
  }
  if (isMonthWord(prev) || isMonthWord(next)) return false;
  if (next !== undefined && next.kind === "word" && TIME_UNITS.has(next.text)) {
    if (prev !== undefined && DURATION_WORDS.has(prev.text)) return false;
  }
  return true;
}

/**
 * A deliverable's numeric target: "at least 10 documented bilateral outreach meetings" →
 * { min: 10, comparator: "at-least", unit: "documented bilateral outreach meetings" }; "1-2 regional engagements" →
 * range 1–2; "two regional workshops in 2026" → exactly 2; "up to 5 …", "no more than 5 …" → at-most 5;
 * "more than 10" → at-least 11; "fewer than 5" → at-most 4. Number words one–twenty in English, French, Spanish.
 * The first number that is a count is used: years (1900–2100), references ("Action 12", "COP15"), days of dates
 * ("31 December") and durations ("within 6 months") are skipped. No count: fails with "no numeric target".
 */
export function parseTarget(text: string): Parsed<Target> {
  if (typeof text !== "string") return fail("no numeric target");
  const tokens = tokenize(text);
  let k = 0;
  while (k < tokens.length && !isCount(text, tokens, k)) k++;
  if (k === tokens.length) return fail("no numeric target");
  const first = tokens[k];
  const n = first.value as number;
  const prefix = before(text, first.start);

  let comparator: Target["comparator"] = "exactly";
  let min: number | undefined = n;
  let max: number | undefined = n;
  let last = k; // last token of the number phrase

  // Range: "1-2", "1 to 2", "one or two", "between 1 and 2", "entre 1 y 2".
  const between = BETWEEN_RE.test(prefix);
  const link = tokens[k + 1];
  const second = tokens[k + 2];
  if (
    link !== undefined &&
    second !== undefined &&
    second.value !== undefined &&
    !isYear(second) &&
    (RANGE_WORDS.has(link.text) || (between && BETWEEN_AND.has(link.text)))
  ) {
    comparator = "range";
    max = second.value;
    last = k + 2;
  } else if (AT_LEAST_RE.test(prefix)) {
    comparator = "at-least";
    max = undefined;
  } else if (AT_MOST_RE.test(prefix)) {
    comparator = "at-most";
    min = undefined;
  } else if (MORE_THAN_RE.test(prefix)) {
    comparator = "at-least";
    min = Number.isInteger(n) ? n + 1 : n;
    max = undefined;
  } else if (LESS_THAN_RE.test(prefix)) {
    comparator = "at-most";
    min = undefined;
    max = Number.isInteger(n) ? n - 1 : n;
  }

  // "10 or more", "10+", "5 or fewer".
  let unitFrom = tokens[last].end;
  if (comparator === "exactly") {
    const after = text.slice(unitFrom).toLowerCase().replace(SPACE_PREFIX_RE, "");
    const more = OR_MORE_RE.exec(after) ?? undefined;
    const less = more === undefined ? (OR_LESS_RE.exec(after) ?? undefined) : undefined;
    const hit = more ?? less;
    if (hit !== undefined) {
      const skip = text.length - unitFrom - after.length + hit[0].length;
      unitFrom += skip;
      while (last + 1 < tokens.length && tokens[last + 1].start < unitFrom) last++;
      if (more !== undefined) {
        comparator = "at-least";
        max = undefined;
      } else {
        comparator = "at-most";
        min = undefined;
      }
    }
  }

  // Unit: the words after the number, up to punctuation, a number, a connective or 6 words. A "%" is kept.
  let unitStart = -1;
  let unitEnd = -1;
  let words = 0;
  for (let j = last + 1; j < tokens.length; j++) {
    const tok = tokens[j];
    if (tok.kind === "punct") {
      if (tok.text === "%" && j === last + 1) {
        unitStart = tok.start;
        unitEnd = tok.end;
        continue;
      }
      break;
    }
    if (tok.kind === "num" || UNIT_STOP.has(tok.text)) break;
    if (unitStart < 0) unitStart = tok.start;
    unitEnd = tok.end;
    if (++words === MAX_UNIT_WORDS) break;
  }
  const unit = unitStart < 0 ? "" : text.slice(unitStart, unitEnd).replace(SPACES_RE, " ");

  // "10 meetings or more"
  if (comparator === "exactly" && unitEnd > 0) {
    const after = text.slice(unitEnd).toLowerCase().replace(SPACE_PREFIX_RE, "");
    if (OR_MORE_RE.test(after) && after[0] !== "+") {
      comparator = "at-least";
      max = undefined;
    } else if (OR_LESS_RE.test(after)) {
      comparator = "at-most";
      min = undefined;
    }
  }

  const target: Target = { comparator, unit };
  if (min !== undefined) target.min = min;
  if (max !== undefined) target.max = max;
  return ok(target);
}
