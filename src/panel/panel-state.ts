import type { Settings } from "../core";
import type { Grouping, Lang } from "../core/i18n";
import { type Locale, localeOf } from "./i18n";
import type { LangChoice } from "./i18n/choose-lang";
import type { PanelView } from "./panel-view";
import { SeverityName } from "./panel-types";

/** What the panel is waiting for; one thing at a time, every action button is disabled meanwhile. */
export type Busy = "validate" | "highlight" | "clear" | "rollups" | "save" | "insert";

/**
 * Text the panel shows for an outcome, written when it is drawn: a status or an error stays in the reader's
 * language when the language changes after it was set.
 */
export type Words = (loc: Locale) => string;

/** The panel's language: the host's, and the user's choice ("auto": the host's). */
export interface Language {
  readonly host: Lang;
  readonly choice: LangChoice;
}

export interface ProgressInfo {
  readonly done: number;
  readonly total: number;
  readonly label: string;
}

export interface PanelState {
  readonly busy: Busy | null;
  /** Progress of the running validation; null shows an indeterminate bar. */
  readonly progress: ProgressInfo | null;
  /** What the host sent: the report, trimmed to what the panel draws (panel-view.ts). */
  readonly report: PanelView | null;
  /** Settings as last loaded or saved. */
  readonly settings: Settings;
  readonly settingsLoaded: boolean;
  readonly language: Language;
  /** The grouping amounts are written in: the settings' until the user picks another in the form. */
  readonly grouping: Grouping | undefined;
  /** A failed bridge call, shown in the banner until dismissed or until the next call succeeds. */
  readonly error: Words | null;
  /** Outcome of the last action, for the polite live region. */
  readonly status: Words | null;
  /** Severities shown by the filter chips. */
  readonly shown: Readonly<Record<SeverityName, boolean>>;
}

export type PanelAction =
  | { readonly type: "start"; readonly busy: Busy }
  | { readonly type: "progress"; readonly done: number; readonly total: number; readonly label: string }
  | { readonly type: "validated"; readonly report: PanelView; readonly status: Words }
  | { readonly type: "finished"; readonly status: Words }
  | { readonly type: "failed"; readonly error: Words }
  | { readonly type: "settings-loaded"; readonly settings: Settings }
  | { readonly type: "settings-saved"; readonly settings: Settings; readonly status: Words }
  | { readonly type: "language"; readonly language: Language }
  | { readonly type: "grouping"; readonly grouping: Grouping }
  | { readonly type: "toggle-severity"; readonly severity: SeverityName }
  | { readonly type: "dismiss-error" };

export const initialState = (host: Lang = "en"): PanelState => ({
  busy: null,
  progress: null,
  report: null,
  settings: {},
  settingsLoaded: false,
  language: { host, choice: "auto" },
  grouping: undefined,
  error: null,
  status: null,
  shown: { error: true, warning: true, info: true },
});

/** Pure: the next state. Returns the same object when nothing changes, so renderers can skip work. */
export function reducePanel(state: PanelState, action: PanelAction): PanelState {
  switch (action.type) {
    case "start":
      if (state.busy !== null) return state; // one run at a time
      return { ...state, busy: action.busy, progress: null, status: null };
    case "progress": {
      if (state.busy !== "validate") return state; // a late callback after the run ended
      const progress = normaliseProgress(action.done, action.total, action.label);
      return { ...state, progress };
    }
    case "validated":
      return { ...state, busy: null, progress: null, report: action.report, error: null, status: action.status };
    case "finished":
      return { ...state, busy: null, progress: null, error: null, status: action.status };
    case "failed":
      return { ...state, busy: null, progress: null, error: action.error, status: null };
    case "settings-loaded":
      return { ...state, settings: action.settings, settingsLoaded: true, grouping: action.settings.grouping };
    case "settings-saved":
      return { ...state, busy: null, settings: action.settings, settingsLoaded: true, grouping: action.settings.grouping, error: null, status: action.status };
    case "toggle-severity":
      return { ...state, shown: { ...state.shown, [action.severity]: !state.shown[action.severity] } };
    case "language":
      return state.language.host === action.language.host && state.language.choice === action.language.choice ? state : { ...state, language: action.language };
    case "grouping":
      return state.grouping === action.grouping ? state : { ...state, grouping: action.grouping };
    case "dismiss-error":
      return state.error === null ? state : { ...state, error: null };
  }
}

/** Hosts may report odd numbers (total 0, done > total); those show as indeterminate or full. */
function normaliseProgress(done: number, total: number, label: string): ProgressInfo | null {
  if (!Number.isFinite(done) || !Number.isFinite(total) || total <= 0) return label ? { done: 0, total: 0, label } : null;
  return { done: Math.min(Math.max(done, 0), total), total, label };
}

/** The language the panel speaks: the user's choice, else the host's. */
export const langOf = (l: Language): Lang => (l.choice === "auto" ? l.host : l.choice);

/** What the renderers write with: the state's language and grouping. */
export const localeOfState = (s: PanelState): Locale => localeOf(langOf(s.language), s.grouping);

/** True when the bar can show a fraction. */
export const isDeterminate = (p: ProgressInfo | null): p is ProgressInfo => p !== null && p.total > 0;
