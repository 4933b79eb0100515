import { previewPasted } from "../core/import";
import type { ImportResult } from "../core/import";
import { importMessage } from "../core/messages";
import { el, replaceChildren } from "./dom";
import type { Locale } from "./i18n";

export interface ImportView {
  readonly root: HTMLDetailsElement;
  setDisabled(disabled: boolean): void;
  /** After a successful insert: the form empties so the same text is not inserted twice by accident. */
  reset(): void;
  /** The text in the box (kept across a redraw in another language). */
  readonly text: { get(): string; set(value: string): void };
}

/** The preview shows this many rows, then a count of the rest. */
const PREVIEW_ROWS = 40;
let uid = 0;

function previewTable(loc: Locale, r: ImportResult): HTMLElement {
  const w = loc.text.importText;
  const shown = r.activities.slice(0, PREVIEW_ROWS);
  const rows = shown.map((a) => el("tr", {}, [el("td", {}, [a.timeline || "—"]), el("td", {}, [a.activity]), el("td", {}, [a.lead || "—"])]));
  return el("div", { class: "wpc-import-preview" }, [
    el("table", { class: "wpc-import-table" }, [
      el("thead", {}, [el("tr", {}, [el("th", { scope: "col" }, [w.columns.timeline]), el("th", { scope: "col" }, [w.columns.activity]), el("th", { scope: "col" }, [w.columns.lead])])]),
      el("tbody", {}, rows),
    ]),
    r.activities.length > shown.length ? el("p", { class: "wpc-hint" }, [w.moreRows(r.activities.length - shown.length)]) : null,
  ]);
}

/**
 * The collapsible "Import from text…" form: paste the timeline section of a work plan, Preview shows the
 * rows the importer reads (in the panel, without the host), Insert asks the host to add them as a new
 * activities sheet. Insert is offered only for the text that was previewed.
 */
export function createImportText(loc: Locale, onInsert: (text: string) => void): ImportView {
  const w = loc.text.importText;
  const id = (name: string) => `wpc-imp-${name}-${++uid}`;
  const hint = el("span", { class: "wpc-hint", id: id("hint") }, [w.hint]);
  const text = el("textarea", { class: "wpc-input", id: id("text"), name: "import-text", rows: 7, spellcheck: "false", "aria-describedby": hint.id });
  const previewButton = el("button", { class: "wpc-btn", type: "button", "data-action": "preview-import" }, [w.preview]);
  const insert = el("button", { class: "wpc-btn wpc-btn-primary", type: "submit", disabled: true }, [w.insert]);
  const result = el("div", { class: "wpc-import-result", role: "status", "aria-live": "polite" });
  let previewed: string | null = null;
  let busy = false;

  const sync = () => {
    previewButton.disabled = busy;
    insert.disabled = busy || previewed === null || previewed !== text.value;
  };
  function preview(): void {
    const r = previewPasted(text.value, loc.format);
    if (!r.ok) {
      previewed = null;
      replaceChildren(result, [el("p", { class: "wpc-form-errors" }, [r.reason])]);
    } else {
      previewed = text.value;
      const n = r.value.activities.length;
      replaceChildren(result, [
        el("p", { class: "wpc-small" }, [w.toInsert(n)]),
        previewTable(loc, r.value),
        r.value.notices.length > 0 ? el("ul", { class: "wpc-hint wpc-import-notes" }, r.value.notices.map((x) => el("li", {}, [importMessage(x.code, x.params, loc.format)]))) : null,
      ]);
    }
    sync();
  }
  previewButton.addEventListener("click", preview);
  text.addEventListener("input", () => {
    if (previewed !== null && previewed !== text.value) replaceChildren(result, [el("p", { class: "wpc-hint" }, [w.changed])]);
    sync();
  });

  const form = el("form", { class: "wpc-form", novalidate: true }, [
    el("div", { class: "wpc-field" }, [el("label", { for: text.id }, [w.label]), text, hint]),
    el("div", { class: "wpc-form-actions" }, [previewButton]),
    result,
    el("span", { class: "wpc-hint" }, [w.note]),
    el("div", { class: "wpc-form-actions" }, [insert]),
  ]);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (previewed !== null && previewed === text.value) onInsert(previewed);
  });

  const root = el("details", { class: "wpc-import" }, [
    el("summary", {}, [el("span", { class: "wpc-chevron", "aria-hidden": "true" }), w.summary]),
    form,
  ]);
  return {
    root,
    setDisabled(disabled) {
      busy = disabled;
      sync();
    },
    text: {
      get: () => text.value,
      set(value) {
        text.value = value;
        sync();
      },
    },
    reset() {
      text.value = "";
      previewed = null;
      replaceChildren(result, []);
      sync();
    },
  };
}
