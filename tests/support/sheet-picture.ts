import type { Page } from "playwright-core";

/**
 * Draws a spreadsheet-like grid in a page, for screenshots of templates as a user would see them
 * in Excel. Cell text goes in with textContent only (it is never HTML).
 */
export interface ViewCell {
  text: string;
  bold: boolean;
  right: boolean;
  wrap: boolean;
  inTable: boolean;
  header: boolean;
  dropdown: boolean;
  /** A Gantt fill colour, or "". */
  fill?: string;
  /** The formula behind a calculated cell, or "" (shown as a tooltip and a faint green). */
  formula?: string;
}
export interface View { letters: string[]; widths: number[]; rows: ViewCell[][]; frozenRows: number }

const PAGE_STYLE = `
  body { margin: 0; font: 12px Calibri, Carlito, "Liberation Sans", Arial, sans-serif; background: #fff; }
  table { border-collapse: collapse; table-layout: fixed; }
  td, th { border: 1px solid #d4d4d4; padding: 2px 4px; vertical-align: top; white-space: nowrap; overflow: hidden; height: 16px; }
  th { background: #f3f3f3; color: #555; font-weight: normal; text-align: center; }
  td.wrap { white-space: normal; }
  td:not(.table):not(.wrap) { overflow: visible; } /* text runs on over empty neighbours, as in Excel */
  td.bold { font-weight: bold; }
  td.right { text-align: right; }
  td.table { border-color: #9bc2e6; }
  td.header { background: #ddebf7; border-bottom: 2px solid #5b9bd5; }
  td.dropdown::after { content: " ▾"; color: #888; float: right; }
  td.formula { background: #f7fbf1; }
  tr.frozen td { border-bottom: 2px solid #a6a6a6; }
`;

/** Runs in the page (serialised by page.evaluate): it may use nothing from this module. */
function drawGrid(view: View): void {
  const table = document.createElement("table");
  const widths = [36, ...view.widths];
  table.style.width = `${widths.reduce((a, b) => a + b, 0)}px`; // fixed layout needs a table width to honour the columns'
  const colgroup = document.createElement("colgroup");
  for (const w of widths) {
    const col = document.createElement("col");
    col.style.width = `${w}px`;
    colgroup.appendChild(col);
  }
  table.appendChild(colgroup);
  const head = document.createElement("tr");
  for (const l of ["", ...view.letters]) {
    const th = document.createElement("th");
    th.textContent = l;
    head.appendChild(th);
  }
  table.appendChild(head);
  view.rows.forEach((cells, i) => {
    const tr = document.createElement("tr");
    if (i + 1 === view.frozenRows) tr.className = "frozen";
    const th = document.createElement("th");
    th.textContent = String(i + 1);
    tr.appendChild(th);
    for (const c of cells) {
      const td = document.createElement("td");
      td.textContent = c.text;
      if (c.formula) td.title = c.formula;
      td.className = [c.wrap && "wrap", c.bold && "bold", c.right && "right", c.inTable && "table", c.header && "header", c.dropdown && "dropdown", c.formula && "formula"].filter(Boolean).join(" ");
      if (c.fill) {
        td.style.background = c.fill;
        td.dataset.gantt = "1";
      }
      tr.appendChild(td);
    }
    table.appendChild(tr);
  });
  document.body.appendChild(table);
}

/** Loads an empty styled page and draws the view in it. */
export async function drawSheet(page: Page, view: View): Promise<void> {
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${PAGE_STYLE}</style></head><body></body></html>`);
  await page.evaluate(drawGrid, view);
}
