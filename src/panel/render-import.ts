import { previewPasted } from "../core/import";
import type { ImportResult } from "../core/import";
import { importMessage } from "../core/messages/en";
import { el, replaceChildren } from "./dom";

export interface ImportView {
  readonly root: HTMLDetailsElement;
  setDisabled(disabled: boolean): void;
  /** After a successful insert: the form empties so the same text is not inserted twice by accident. */
  reset(): void;
}

/** The preview shows this many rows, then a count of the rest. */
const PREVIEW_ROWS = 40;
let uid = 0;

function previewTable(r: ImportResult): HTMLElement {
  const shown = r.activities.slice(0, PREVIEW_ROWS);
  const rows = shown.map((a) => el("tr", {}, [el("td", {}, [a.timeline || "—"]), el("td", {}, [a.activity]), el("td", {}, [a.lead || "—"])]));
  return el("div", { class: "wpc-import-preview" }, [
    el("table", { class: "wpc-import-table" }, [
      el("thead", {}, [el("tr", {}, [el("th", { scope: "col" }, ["Timeline"]), el("th", { scope: "col" }, ["Activity"]), el("th", { scope: "col" }, ["Lead"])])]),
      el("tbody", {}, rows),
    ]),
    r.activities.length > shown.length ? el("p", { class: "wpc-hint" }, [`… and ${r.activities.length - shown.length} more rows.`]) : null,
  ]);
}

/**
 * The collapsible "Import from text…" form: paste the timeline section of a work plan, Preview shows the
 * rows the importer reads (in the panel, without the host), Insert asks the host to add them as a new
 * activities sheet. Insert is offered only for the text that was previewed.
 */
export function createImportText(onInsert: (text: string) => void): ImportView {
  const id = (name: string) => `wpc-imp-${name}-${++uid}`;
  const hint = el("span", { class: "wpc-hint", id: id("hint") }, [
    "Periods on their own lines (“February 2026”, “First quarter of 2026”) with the activities below, or lines that start with a period.",
  ]);
  const text = el("textarea", { class: "wpc-input", id: id("text"), name: "import-text", rows: 7, spellcheck: "false", "aria-describedby": hint.id });
  const previewButton = el("button", { class: "wpc-btn", type: "button", "data-action": "preview-import" }, ["Preview"]);
  const insert = el("button", { class: "wpc-btn wpc-btn-primary", type: "submit", disabled: true }, ["Insert as new sheet"]);
  const result = el("div", { class: "wpc-import-result", role: "status", "aria-live": "polite" });
  let previewed: string | null = null;
  let busy = false;

  const sync = () => {
    previewButton.disabled = busy;
    insert.disabled = busy || previewed === null || previewed !== text.value;
  };
  function preview(): void {
    const r = previewPasted(text.value);
    if (!r.ok) {
      previewed = null;
      replaceChildren(result, [el("p", { class: "wpc-form-errors" }, [r.reason])]);
    } else {
      previewed = text.value;
      const n = r.value.activities.length;
      replaceChildren(result, [
        el("p", { class: "wpc-small" }, [`${n} ${n === 1 ? "row" : "rows"} to insert on a new activities sheet:`]),
        previewTable(r.value),
        r.value.notices.length > 0 ? el("ul", { class: "wpc-hint wpc-import-notes" }, r.value.notices.map((x) => el("li", {}, [importMessage(x.code, x.params)]))) : null,
      ]);
    }
    sync();
  }
  previewButton.addEventListener("click", preview);
  text.addEventListener("input", () => {
    if (previewed !== null && previewed !== text.value) replaceChildren(result, [el("p", { class: "wpc-hint" }, ["The text changed: preview it again."])]);
    sync();
  });

  const form = el("form", { class: "wpc-form", novalidate: true }, [
    el("div", { class: "wpc-field" }, [el("label", { for: text.id }, ["Timeline of a work plan"]), text, hint]),
    el("div", { class: "wpc-form-actions" }, [previewButton]),
    result,
    el("span", { class: "wpc-hint" }, ["Added on a new sheet; no existing sheet is changed. Periods the checks cannot read are kept as written and reported."]),
    el("div", { class: "wpc-form-actions" }, [insert]),
  ]);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (previewed !== null && previewed === text.value) onInsert(previewed);
  });

  const root = el("details", { class: "wpc-import" }, [
    el("summary", {}, [el("span", { class: "wpc-chevron", "aria-hidden": "true" }), "Import from text…"]),
    form,
  ]);
  return {
    root,
    setDisabled(disabled) {
      busy = disabled;
      sync();
    },
    reset() {
      text.value = "";
      previewed = null;
      replaceChildren(result, []);
      sync();
    },
  };
}
