/**
 * A work-plan document as the importer reads it, whatever it was written in (.docx, .md, .txt, pasted
 * text): a flat list of blocks in reading order. Front ends (markdown.ts here, the .docx reader in the
 * CLI) only translate into this; every decision about what a block means is in the importer.
 */

/** A stretch of text with one look: the importer cares about bold ("**May – June 2026** contributing …"). */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

export type Block =
  | { readonly type: "heading"; readonly level: number; readonly runs: readonly Run[] }
  | { readonly type: "paragraph"; readonly runs: readonly Run[] }
  /** depth 0 is a top-level item; `ordered` for numbered lists (the number itself is not text). */
  | { readonly type: "list-item"; readonly depth: number; readonly ordered: boolean; readonly runs: readonly Run[] }
  /** Cell texts, row by row, the first row as written (often the header). */
  | { readonly type: "table"; readonly rows: readonly (readonly string[])[] };

export interface DocModel {
  readonly blocks: readonly Block[];
}

/** A block's plain text: runs joined, spaces collapsed, trimmed. */
export function blockText(b: Block): string {
  if (b.type === "table") return b.rows.map((r) => r.join(" ")).join(" ");
  return runsText(b.runs);
}

export const runsText = (runs: readonly Run[]): string => runs.map((r) => r.text).join("").replace(/\s+/g, " ").trim();

/**
 * Blocks with text only, adjacent runs of the same look merged: what two front ends produce for the same
 * document then compares equal (Word splits runs at every edit; markdown at every marker).
 */
export function normaliseDocument(doc: DocModel): DocModel {
  const blocks: Block[] = [];
  for (const b of doc.blocks) {
    if (b.type === "table") {
      const rows = b.rows.map((r) => r.map((c) => c.replace(/\s+/g, " ").trim())).filter((r) => r.some((c) => c !== ""));
      if (rows.length > 0) blocks.push({ type: "table", rows });
      continue;
    }
    const runs = mergeRuns(b.runs);
    if (runsText(runs) === "") continue;
    blocks.push({ ...b, runs });
  }
  return { blocks };
}

function mergeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (r.text === "") continue;
    const last = out[out.length - 1];
    const look = (x: Run) => `${x.bold ? "b" : ""}${x.italic ? "i" : ""}`;
    // Spaces carry no look: a bold space between two bold runs keeps them one run.
    if (last && (look(last) === look(r) || r.text.trim() === "")) out[out.length - 1] = { ...last, text: last.text + r.text };
    else out.push({ text: r.text, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italic: true } : {}) });
  }
  // Leading/trailing spaces are not text; a run that is only space at either end goes.
  while (out.length > 0 && out[0].text.trim() === "") out.shift();
  while (out.length > 0 && out[out.length - 1].text.trim() === "") out.pop();
  if (out.length > 0) {
    out[0] = { ...out[0], text: out[0].text.replace(/^\s+/, "") };
    const k = out.length - 1;
    out[k] = { ...out[k], text: out[k].text.replace(/\s+$/, "") };
  }
  return out.map((r) => ({ ...r, text: r.text.replace(/\s+/g, " ") }));
}
