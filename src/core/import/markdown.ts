/**
 * Markdown and plain text → DocModel. Understands what work plans exported or pasted from Word carry:
 * "#" headings, "-", "*", "•", "✓"-style bullets and "1." numbered items (nested by indentation),
 * **bold** and *italic* (also <b>/<i> tags), pipe tables and tab-separated rows.
 *
 * Markdown joins consecutive lines into one paragraph; plain text (a .txt file, a paste) takes each line
 * as a paragraph, as Word writes them.
 */
import type { Block, DocModel, Run } from "./document";
import { normaliseDocument } from "./document";

export interface TextOptions {
  /** true for .md: lines of one paragraph are joined (blank lines separate paragraphs). */
  readonly joinLines: boolean;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^(\s*)([-*+•‣◦▪])\s+(.*)$/;
const NUMBERED = /^(\s*)(\d{1,3})[.)]\s+(.*)$/;
const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** Indentation in list levels: a tab or two spaces per level (four-space indents count as two levels' worth, halved). */
function depthOf(indent: string): number {
  const width = indent.replace(/\t/g, "  ").length;
  return Math.floor(width / 2);
}

type Pending = { kind: "paragraph"; text: string } | { kind: "item"; depth: number; ordered: boolean; text: string } | null;

export function parseText(source: string, options: TextOptions): DocModel {
  const lines = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  const blocks: Block[] = [];
  let pending: Pending = null;
  let table: string[][] | null = null;

  const flush = (): void => {
    if (pending) {
      const runs = inlineRuns(pending.text);
      blocks.push(pending.kind === "paragraph" ? { type: "paragraph", runs } : { type: "list-item", depth: pending.depth, ordered: pending.ordered, runs });
    }
    pending = null;
  };
  const flushTable = (): void => {
    if (table) blocks.push({ type: "table", rows: table });
    table = null;
  };

  for (const line of lines) {
    const row = tableRow(line);
    if (row) {
      flush();
      if (row !== "rule") (table ??= []).push(row);
      continue;
    }
    flushTable();
    if (line.trim() === "") {
      flush();
      continue;
    }
    const h = HEADING.exec(line);
    if (h) {
      flush();
      blocks.push({ type: "heading", level: h[1].length, runs: inlineRuns(h[2]) });
      continue;
    }
    const b = BULLET.exec(line) ?? NUMBERED.exec(line);
    if (b) {
      flush();
      pending = { kind: "item", depth: depthOf(b[1]), ordered: /\d/.test(b[2]), text: b[3] };
      if (!options.joinLines) flush();
      continue;
    }
    if (options.joinLines && pending) {
      pending = { ...pending, text: `${pending.text} ${line.trim()}` };
      continue;
    }
    flush();
    pending = { kind: "paragraph", text: line.trim() };
    if (!options.joinLines) flush();
  }
  flush();
  flushTable();
  return normaliseDocument({ blocks });
}

/** A table row's cells, "rule" for a pipe table's |---| line, or null for a line that is not a row. */
function tableRow(line: string): string[] | "rule" | null {
  if (PIPE_ROW.test(line)) {
    if (PIPE_RULE.test(line)) return "rule";
    return line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map(cellText);
  }
  if (line.includes("\t")) {
    const cells = line.split("\t");
    if (cells.filter((c) => c.trim() !== "").length >= 2) return cells.map(cellText);
  }
  return null;
}

const cellText = (cell: string): string => inlineRuns(cell).map((r) => r.text).join("").trim();

const TAGS: Record<string, "bold" | "italic"> = { b: "bold", strong: "bold", i: "italic", em: "italic" };

/**
 * Inline markup → runs. A marker counts only when it is closed later in the same paragraph ("Unit*, **"
 * stays text), as in markdown: "**" bold, "*" or "_" italic (not inside a word for "_"), <b>/<i> tags,
 * and backslash escapes.
 */
export function inlineRuns(text: string): Run[] {
  const runs: Run[] = [];
  let bold = false, italic = false, buf = "";
  const emit = () => {
    if (buf !== "") runs.push({ text: buf, ...(bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}) });
    buf = "";
  };
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (c === "\\" && i + 1 < text.length && /[\\*_<>|#`]/.test(text[i + 1])) {
      buf += text[i + 1];
      i += 2;
      continue;
    }
    const tag = /^<(\/?)(b|strong|i|em)>/i.exec(text.slice(i, i + 9));
    if (tag) {
      emit();
      const on = tag[1] === "";
      if (TAGS[tag[2].toLowerCase()] === "bold") bold = on;
      else italic = on;
      i += tag[0].length;
      continue;
    }
    if (text.startsWith("**", i) || text.startsWith("__", i)) {
      const marker = text.slice(i, i + 2);
      if (bold || closes(text, i + 2, marker)) {
        emit();
        bold = !bold;
        i += 2;
        continue;
      }
    } else if (c === "*" || (c === "_" && !/\w/.test(text[i - 1] ?? ""))) {
      if (italic || closes(text, i + 1, c)) {
        emit();
        italic = !italic;
        i += 1;
        continue;
      }
    }
    buf += c;
    i += 1;
  }
  emit();
  return runs;
}

/** An opening marker at `from` counts when text follows without a space and the same marker closes it later. */
function closes(text: string, from: number, marker: string): boolean {
  if (from >= text.length || /\s/.test(text[from])) return false;
  for (let j = text.indexOf(marker, from); j >= 0; j = text.indexOf(marker, j + 1)) {
    if (j > from && !/\s/.test(text[j - 1])) {
      // "*" must not be half of a "**"
      if (marker.length === 1 && (text[j + 1] === marker || text[j - 1] === marker)) continue;
      return true;
    }
  }
  return false;
}
