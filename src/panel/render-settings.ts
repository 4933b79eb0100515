import { DEFAULT_MILESTONES, Settings } from "../core";
import { el, replaceChildren } from "./dom";
import { SettingsForm, settingsToForm } from "./settings-form";

export interface SettingsView {
  readonly root: HTMLDetailsElement;
  /** Puts loaded or saved settings into the inputs. */
  fill(settings: Settings): void;
  read(): SettingsForm;
  showErrors(errors: readonly string[]): void;
  setDisabled(disabled: boolean): void;
}

let uid = 0;

/** The collapsible settings form. Submitting it calls onSave; the panel reads it again on Validate. */
export function createSettings(onSave: () => void): SettingsView {
  const id = (name: string) => `wpc-set-${name}-${++uid}`;
  const input = (name: string, type: string, extra: Record<string, string | number> = {}) =>
    el("input", { class: "wpc-input", id: id(name), name, type, ...extra });
  const asOf = input("asOf", "date", { placeholder: "YYYY-MM-DD" });
  const windowStart = input("windowStart", "month", { placeholder: "YYYY-MM" });
  const windowEnd = input("windowEnd", "month", { placeholder: "YYYY-MM" });
  const actionFrom = input("actionFrom", "number", { min: 1, step: 1, inputmode: "numeric", placeholder: "1" });
  const actionTo = input("actionTo", "number", { min: 1, step: 1, inputmode: "numeric", placeholder: "50" });
  const hintId = id("milestones-hint");
  const milestones = el("textarea", { class: "wpc-input", id: id("milestones"), name: "milestones", rows: 3, spellcheck: "false", placeholder: "NAME=YYYY-MM", "aria-describedby": hintId });
  const plansHint = id("plans-hint");
  const actionPlans = el("textarea", { class: "wpc-input", id: id("actionPlans"), name: "actionPlans", rows: 2, spellcheck: "false", placeholder: "Vientiane Action Plan (VAP)=1-40", "aria-describedby": plansHint });
  const ratesHintId = id("rates-hint");
  const rates = el("textarea", { class: "wpc-input", id: id("rates"), name: "rates", rows: 2, spellcheck: "false", placeholder: "EUR=0.9412", "aria-describedby": ratesHintId });
  const builtIn = Object.entries(DEFAULT_MILESTONES).map(([n, m]) => `${n}=${m}`).join(", ");
  const errors = el("div", { class: "wpc-form-errors", role: "alert" });
  const save = el("button", { class: "wpc-btn wpc-btn-primary", type: "submit" }, ["Save settings"]);
  const labelled = (inputEl: HTMLElement, text: string) => el("label", { for: inputEl.id }, [text, inputEl]);

  const form = el("form", { class: "wpc-form", novalidate: true }, [
    el("div", { class: "wpc-field" }, [
      el("label", { for: asOf.id }, ["As-of date"]),
      asOf,
      el("span", { class: "wpc-hint" }, ["“Today” for overdue and future-date checks. Empty: today."]),
    ]),
    el("fieldset", { class: "wpc-fieldset" }, [
      el("legend", {}, ["Plan window"]),
      el("div", { class: "wpc-pair" }, [labelled(windowStart, "Start"), labelled(windowEnd, "End")]),
      el("span", { class: "wpc-hint" }, ["Empty: read from the table title or sheet name (“2025-2026”)."]),
    ]),
    el("fieldset", { class: "wpc-fieldset" }, [
      el("legend", {}, ["Action plan references"]),
      el("div", { class: "wpc-pair" }, [labelled(actionFrom, "From action"), labelled(actionTo, "To action")]),
    ]),
    el("div", { class: "wpc-field" }, [
      el("label", { for: milestones.id }, ["Milestones"]),
      milestones,
      el("span", { class: "wpc-hint", id: hintId }, [`One per line, NAME=YYYY-MM. Built in: ${builtIn}.`]),
    ]),
    el("div", { class: "wpc-field" }, [
      el("label", { for: actionPlans.id }, ["Further action plans (coverage)"]),
      actionPlans,
      el("span", { class: "wpc-hint", id: plansHint }, ["One per line, NAME (ABBREVIATION)=FROM-TO. The Lausanne Action Plan (LAP, 1–50) is always shown; references naming another plan count for it."]),
    ]),
    el("div", { class: "wpc-field" }, [
      el("label", { for: rates.id }, ["Exchange rates"]),
      rates,
      el("span", { class: "wpc-hint", id: ratesHintId }, ["One per line, CODE=RATE: the value of one unit in the budget's currency (EUR=0.9412). Wins over a rate table."]),
    ]),
    errors,
    el("div", { class: "wpc-form-actions" }, [save]),
  ]);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    onSave();
  });

  const root = el("details", { class: "wpc-settings" }, [
    el("summary", {}, [el("span", { class: "wpc-chevron", "aria-hidden": "true" }), "Settings"]),
    form,
  ]);

  return {
    root,
    fill(settings) {
      const f = settingsToForm(settings);
      asOf.value = f.asOf;
      windowStart.value = f.windowStart;
      windowEnd.value = f.windowEnd;
      actionFrom.value = f.actionFrom;
      actionTo.value = f.actionTo;
      milestones.value = f.milestones;
      actionPlans.value = f.actionPlans ?? "";
      rates.value = f.rates ?? "";
    },
    read: () => ({ asOf: asOf.value, windowStart: windowStart.value, windowEnd: windowEnd.value, actionFrom: actionFrom.value, actionTo: actionTo.value, milestones: milestones.value, actionPlans: actionPlans.value, rates: rates.value }),
    showErrors(list) {
      replaceChildren(errors, list.map((e) => el("p", {}, [e])));
      if (list.length > 0) root.open = true;
    },
    setDisabled(disabled) {
      save.disabled = disabled;
    },
  };
}
