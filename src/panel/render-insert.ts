import type { TemplateKind } from "../core/templates";
import { el, replaceChildren } from "./dom";
import type { Locale } from "./i18n";
import { KindChoice, templateChoices } from "./template-choices";

export interface InsertView {
  readonly root: HTMLDetailsElement;
  setDisabled(disabled: boolean): void;
}

let uid = 0;

/**
 * The collapsible "Insert template…" form: a kind, optionally a seed to fill it with, and Insert. The list of
 * seeds follows the kind. Submitting calls onInsert; the host adds a new sheet and never changes an existing one.
 */
export function createInsertTemplate(loc: Locale, onInsert: (kind: TemplateKind, prefill: string | undefined) => void): InsertView {
  const w = loc.text.insert;
  const id = (name: string) => `wpc-ins-${name}-${++uid}`;
  const choices = templateChoices(loc.lang);
  const kindHint = el("span", { class: "wpc-hint", id: id("kind-hint") });
  const kind = el("select", { class: "wpc-input", id: id("kind"), name: "kind", "aria-describedby": kindHint.id },
    choices.map((c) => el("option", { value: c.kind }, [c.title])));
  const prefill = el("select", { class: "wpc-input", id: id("prefill"), name: "prefill" });
  const insert = el("button", { class: "wpc-btn wpc-btn-primary", type: "submit" }, [w.insert]);

  const current = (): KindChoice => choices.find((c) => c.kind === kind.value) ?? choices[0];
  /** Options of the seed list for the chosen kind; "None" first, so a kind change never keeps another kind's seed. */
  function showKind(): void {
    const c = current();
    kindHint.textContent = c.description;
    replaceChildren(prefill, [el("option", { value: "" }, [w.none]), ...c.prefills.map((p) => el("option", { value: p.name }, [p.title]))]);
    prefill.disabled = c.prefills.length === 0;
  }
  kind.addEventListener("change", showKind);
  showKind();

  const form = el("form", { class: "wpc-form", novalidate: true }, [
    el("div", { class: "wpc-field" }, [el("label", { for: kind.id }, [w.table]), kind, kindHint]),
    el("div", { class: "wpc-field" }, [el("label", { for: prefill.id }, [w.fillWith]), prefill]),
    el("span", { class: "wpc-hint" }, [w.newSheetOnly]),
    el("div", { class: "wpc-form-actions" }, [insert]),
  ]);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    onInsert(current().kind, prefill.value === "" ? undefined : prefill.value);
  });

  const root = el("details", { class: "wpc-insert" }, [
    el("summary", {}, [el("span", { class: "wpc-chevron", "aria-hidden": "true" }), w.summary]),
    form,
  ]);
  return {
    root,
    setDisabled(disabled) {
      insert.disabled = disabled;
    },
  };
}
