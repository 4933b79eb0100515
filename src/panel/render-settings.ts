import { DEFAULT_MILESTONES } from "../core";
import { GROUPINGS, groupingExample, type Grouping, type Lang, LANG_NAMES } from "../core/i18n";
import { el, replaceChildren } from "./dom";
import type { Locale } from "./i18n";
import { LANG_CHOICES, type LangChoice } from "./i18n/choose-lang";
import type { SettingsForm } from "./settings-form";

export interface SettingsHandlers {
  readonly save: () => void;
  /** The user picked a language: the panel switches at once and stores it for this user. */
  readonly language: (choice: LangChoice) => void;
  /** The user picked a grouping: the panel redraws its amounts; Save stores it in the document. */
  readonly grouping: (grouping: Grouping) => void;
}

export interface SettingsView {
  readonly root: HTMLDetailsElement;
  /** Puts settings (settingsToForm) or a draft read before a redraw, and the language choice, into the inputs. */
  fill(form: SettingsForm, language: LangChoice): void;
  read(): SettingsForm;
  showErrors(errors: readonly string[]): void;
  setDisabled(disabled: boolean): void;
}

let uid = 0;

/**
 * The collapsible settings form. Submitting it calls onSave; the panel reads it again on Validate. The language is
 * the user's own (not the document's): choosing one calls onLanguage at once, without Save.
 */
export function createSettings(loc: Locale, hostLang: Lang, on: SettingsHandlers): SettingsView {
  const w = loc.text.settings;
  const id = (name: string) => `wpc-set-${name}-${++uid}`;
  const input = (name: string, type: string, extra: Record<string, string | number> = {}) =>
    el("input", { class: "wpc-input", id: id(name), name, type, ...extra });
  const languageHint = id("language-hint");
  const language = el("select", { class: "wpc-input", id: id("language"), name: "language", "aria-describedby": languageHint },
    LANG_CHOICES.map((c) => el("option", { value: c, lang: c === "auto" ? loc.lang : c }, [c === "auto" ? w.automatic(LANG_NAMES[hostLang]) : LANG_NAMES[c]])));
  language.addEventListener("change", () => on.language(language.value as LangChoice));
  const groupingHint = id("grouping-hint");
  const grouping = el("select", { class: "wpc-input", id: id("grouping"), name: "grouping", "aria-describedby": groupingHint },
    GROUPINGS.map((g) => el("option", { value: g }, [groupingExample(g)])));
  grouping.addEventListener("change", () => on.grouping(grouping.value as Grouping));
  const asOf = input("asOf", "date", { placeholder: w.datePlaceholder });
  const windowStart = input("windowStart", "month", { placeholder: w.monthPlaceholder });
  const windowEnd = input("windowEnd", "month", { placeholder: w.monthPlaceholder });
  const actionFrom = input("actionFrom", "number", { min: 1, step: 1, inputmode: "numeric", placeholder: "1" });
  const actionTo = input("actionTo", "number", { min: 1, step: 1, inputmode: "numeric", placeholder: "50" });
  const hintId = id("milestones-hint");
  const milestones = el("textarea", { class: "wpc-input", id: id("milestones"), name: "milestones", rows: 3, spellcheck: "false", placeholder: w.milestonesPlaceholder, "aria-describedby": hintId });
  const plansHint = id("plans-hint");
  const actionPlans = el("textarea", { class: "wpc-input", id: id("actionPlans"), name: "actionPlans", rows: 2, spellcheck: "false", placeholder: w.plansPlaceholder, "aria-describedby": plansHint });
  const ratesHintId = id("rates-hint");
  const rates = el("textarea", { class: "wpc-input", id: id("rates"), name: "rates", rows: 2, spellcheck: "false", placeholder: "EUR=0.9412", "aria-describedby": ratesHintId });
  const builtIn = Object.entries(DEFAULT_MILESTONES).map(([n, m]) => `${n}=${m}`).join(", ");
  const errors = el("div", { class: "wpc-form-errors", role: "alert" });
  const save = el("button", { class: "wpc-btn wpc-btn-primary", type: "submit" }, [w.save]);
  const labelled = (inputEl: HTMLElement, text: string) => el("label", { for: inputEl.id }, [text, inputEl]);

  const form = el("form", { class: "wpc-form", novalidate: true }, [
    el("div", { class: "wpc-field" }, [
      el("label", { for: language.id }, [w.language]),
      language,
      el("span", { class: "wpc-hint", id: languageHint }, [w.languageHint]),
    ]),
    el("div", { class: "wpc-field" }, [
      el("label", { for: grouping.id }, [w.grouping]),
      grouping,
      el("span", { class: "wpc-hint", id: groupingHint }, [w.groupingHint]),
    ]),
    el("div", { class: "wpc-field" }, [
      el("label", { for: asOf.id }, [w.asOf]),
      asOf,
      el("span", { class: "wpc-hint" }, [w.asOfHint]),
    ]),
    el("fieldset", { class: "wpc-fieldset" }, [
      el("legend", {}, [w.window]),
      el("div", { class: "wpc-pair" }, [labelled(windowStart, w.start), labelled(windowEnd, w.end)]),
      el("span", { class: "wpc-hint" }, [w.windowHint]),
    ]),
    el("fieldset", { class: "wpc-fieldset" }, [
      el("legend", {}, [w.actions]),
      el("div", { class: "wpc-pair" }, [labelled(actionFrom, w.fromAction), labelled(actionTo, w.toAction)]),
    ]),
    el("div", { class: "wpc-field" }, [
      el("label", { for: milestones.id }, [w.milestones]),
      milestones,
      el("span", { class: "wpc-hint", id: hintId }, [w.milestonesHint(builtIn)]),
    ]),
    el("div", { class: "wpc-field" }, [
      el("label", { for: actionPlans.id }, [w.plans]),
      actionPlans,
      el("span", { class: "wpc-hint", id: plansHint }, [w.plansHint]),
    ]),
    el("div", { class: "wpc-field" }, [
      el("label", { for: rates.id }, [w.rates]),
      rates,
      el("span", { class: "wpc-hint", id: ratesHintId }, [w.ratesHint]),
    ]),
    errors,
    el("div", { class: "wpc-form-actions" }, [save]),
  ]);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    on.save();
  });

  const root = el("details", { class: "wpc-settings" }, [
    el("summary", {}, [el("span", { class: "wpc-chevron", "aria-hidden": "true" }), w.summary]),
    form,
  ]);

  return {
    root,
    fill(f, choice) {
      language.value = choice;
      grouping.value = f.grouping ?? GROUPINGS[0];
      asOf.value = f.asOf;
      windowStart.value = f.windowStart;
      windowEnd.value = f.windowEnd;
      actionFrom.value = f.actionFrom;
      actionTo.value = f.actionTo;
      milestones.value = f.milestones;
      actionPlans.value = f.actionPlans ?? "";
      rates.value = f.rates ?? "";
    },
    read: () => ({ grouping: grouping.value, asOf: asOf.value, windowStart: windowStart.value, windowEnd: windowEnd.value, actionFrom: actionFrom.value, actionTo: actionTo.value, milestones: milestones.value, actionPlans: actionPlans.value, rates: rates.value }),
    showErrors(list) {
      replaceChildren(errors, list.map((e) => el("p", {}, [e])));
      if (list.length > 0) root.open = true;
    },
    setDisabled(disabled) {
      save.disabled = disabled;
      language.disabled = disabled;
    },
  };
}
