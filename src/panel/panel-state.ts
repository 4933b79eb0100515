import type { Settings } from "../core";
import type { PanelView } from "./panel-view";
import { SeverityName } from "./panel-types";

/** What the panel is waiting for; one thing at a time, every action button is disabled meanwhile. */
export type Busy = "validate" | "highlight" | "clear" | "rollups" | "save" | "insert";

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
  /** A failed bridge call, shown in the banner until dismissed or until the next call succeeds. */
  readonly error: string | null;
  /** Outcome of the last action, for the polite live region. */
  readonly status: string;
  /** Severities shown by the filter chips. */
  readonly shown: Readonly<Record<SeverityName, boolean>>;
}

export type PanelAction =
  | { readonly type: "start"; readonly busy: Busy }
  | { readonly type: "progress"; readonly done: number; readonly total: number; readonly label: string }
  | { readonly type: "validated"; readonly report: PanelView; readonly status: string }
  | { readonly type: "finished"; readonly status: string }
  | { readonly type: "failed"; readonly error: string }
  | { readonly type: "settings-loaded"; readonly settings: Settings }
  | { readonly type: "settings-saved"; readonly settings: Settings; readonly status: string }
  | { readonly type: "toggle-severity"; readonly severity: SeverityName }
  | { readonly type: "dismiss-error" };

export const initialState = (): PanelState => ({
  busy: null,
  progress: null,
  report: null,
  settings: {},
  settingsLoaded: false,
  error: null,
  status: "",
  shown: { error: true, warning: true, info: true },
});

/** Pure: the next state. Returns the same object when nothing changes, so renderers can skip work. */
export function reducePanel(state: PanelState, action: PanelAction): PanelState {
  switch (action.type) {
    case "start":
      if (state.busy !== null) return state; // one run at a time
      return { ...state, busy: action.busy, progress: null, status: "" };
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
      return { ...state, busy: null, progress: null, error: action.error, status: "" };
    case "settings-loaded":
      return { ...state, settings: action.settings, settingsLoaded: true };
    case "settings-saved":
      return { ...state, busy: null, settings: action.settings, settingsLoaded: true, error: null, status: action.status };
    case "toggle-severity":
      return { ...state, shown: { ...state.shown, [action.severity]: !state.shown[action.severity] } };
    case "dismiss-error":
      return state.error === null ? state : { ...state, error: null };
  }
}

/** Hosts may report odd numbers (total 0, done > total); those show as indeterminate or full. */
function normaliseProgress(done: number, total: number, label: string): ProgressInfo | null {
  if (!Number.isFinite(done) || !Number.isFinite(total) || total <= 0) return label ? { done: 0, total: 0, label } : null;
  return { done: Math.min(Math.max(done, 0), total), total, label };
}

/** True when the bar can show a fraction. */
export const isDeterminate = (p: ProgressInfo | null): p is ProgressInfo => p !== null && p.total > 0;
